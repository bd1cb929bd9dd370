# Inside __del__, the dying object is referenced by the finalizer call and by self.
import sys
class T:
    def __del__(self):
        print("in __del__", sys.getrefcount(self))
t = T()
del t
print("end")
