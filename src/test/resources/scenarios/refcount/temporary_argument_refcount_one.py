# An object created only as getrefcount's argument has refcount 1.
import sys
print(sys.getrefcount([]))
print(sys.getrefcount([1, 2]))
print(sys.getrefcount({}))
