# An argument to a method is held by the method's parameter as well as the caller.
import sys
class Keeper:
    def __init__(self):
        self.kept = None
    def keep(self, v):
        print("in method", sys.getrefcount(v))
        self.kept = v
k = Keeper()
v = [1]
k.keep(v)
print("after", sys.getrefcount(v))
