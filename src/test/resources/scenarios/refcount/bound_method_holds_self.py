# A bound method object stored in a name keeps a reference to its instance.
import sys
class C:
    def m(self):
        return 1
c = C()
print("plain", sys.getrefcount(c))
bm = c.m
print("bound method kept", sys.getrefcount(c))
del bm
print("released", sys.getrefcount(c))
