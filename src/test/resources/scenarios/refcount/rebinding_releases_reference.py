# Rebinding a name releases its reference to the old object.
import sys
a = [1]
b = a
b = [2]
print("a", sys.getrefcount(a))
print("b", sys.getrefcount(b))
