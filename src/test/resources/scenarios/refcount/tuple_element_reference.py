# A tuple holds a reference to each of its elements.
import sys
a = [1]
t = (a, a, a)
print("three slots", sys.getrefcount(a))
print("tuple itself", sys.getrefcount(t))
del t
print("tuple gone", sys.getrefcount(a))
