# Inside a method, self has the caller's name, the frame's self and getrefcount's argument.
import sys
class C:
    def show(self):
        print("in method", sys.getrefcount(self))
c = C()
print("module", sys.getrefcount(c))
c.show()
