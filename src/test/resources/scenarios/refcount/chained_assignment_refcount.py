# a = b = c = [] binds three names to one list.
import sys
a = b = c = []
print("three names", sys.getrefcount(a))
print("same object", a is b, b is c)
del a, b
print("one left", sys.getrefcount(c))
