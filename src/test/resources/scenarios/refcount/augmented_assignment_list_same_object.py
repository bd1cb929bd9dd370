# += on a list extends it in place: the name keeps the same object and refcount.
import sys
a = [1]
b = a
a += [2, 3]
print(a is b, b)
print("refcount", sys.getrefcount(a))
