# `with X() as x` where __enter__ returns self: the target and the bound __exit__ hold the object.
import sys
class Conn:
    def __enter__(self):
        return self
    def __exit__(self, *info):
        return False
    def __del__(self):
        print("conn freed")
with Conn() as c:
    print("in body", sys.getrefcount(c))
print("after with", sys.getrefcount(c))
del c
print("end")
