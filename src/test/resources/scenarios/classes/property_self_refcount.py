# Inside a property getter, self is held by the name, the stack operand, the frame and getrefcount.
import sys
class Box:
    @property
    def count(self):
        return sys.getrefcount(self)
b = Box()
print(b.count)
print(sys.getrefcount(Box))
