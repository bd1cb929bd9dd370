# During __init__ the new instance is referenced by the constructor call and by self.
import sys
class C:
    def __init__(self):
        print("in __init__", sys.getrefcount(self))
c = C()
print("after", sys.getrefcount(c))
