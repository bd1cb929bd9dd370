# A lambda's default argument keeps its object alive in __defaults__.
import sys
class Obj:
    def __del__(self):
        print("freed")
o = Obj()
f = lambda x=o: x
print("refs", sys.getrefcount(o))
del o
print("after del o")
f = None
print("end")
