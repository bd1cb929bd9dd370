# A manager made in the with statement lives until the block ends: the bound __exit__ on the stack holds it.
import sys
class M:
    def __enter__(self):
        print("refcount in __enter__", sys.getrefcount(self))
        return None
    def __exit__(self, *info):
        print("refcount in __exit__", sys.getrefcount(self))
    def __del__(self):
        print("manager freed")
with M():
    print("in body")
print("after with")
m = M()
with m as same:
    print("named manager", sys.getrefcount(m))
print("after second with")
del m
print("end")
