# An instance that refers to itself through an attribute counts that reference.
import sys
class N:
    pass
n = N()
print(sys.getrefcount(n))
n.me = n
print(sys.getrefcount(n))
n.me = None
print(sys.getrefcount(n))
