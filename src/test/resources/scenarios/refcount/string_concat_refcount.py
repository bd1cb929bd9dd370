# A string built at run time is a new object with refcount 2 under one name.
import sys
a = "ab"
b = a * 50
print(len(b), sys.getrefcount(b))
c = b
print(sys.getrefcount(b))
