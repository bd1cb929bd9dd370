# title: Two names, one list (alias)
import sys
a = [1, 2, 3]
b = a
b.append(4)
print(a)
print(a is b)
print(sys.getrefcount(a))
