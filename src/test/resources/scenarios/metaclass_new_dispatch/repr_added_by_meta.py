# The metaclass writes a __repr__ into the namespace of every class it makes.
import gc, sys
def auto_repr(self):
    fields = ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items())
    return type(self).__name__ + "(" + fields + ")"
class AutoRepr(type):
    def __new__(mcs, name, bases, ns):
        if "__repr__" not in ns:
            ns["__repr__"] = auto_repr
        return super().__new__(mcs, name, bases, ns)
class Point(metaclass=AutoRepr):
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Named(metaclass=AutoRepr):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "<" + self.name + ">"
print(Point(1, 2), Named("n"), [Point(3, 4)])
print(sys.getrefcount(auto_repr))
del Point
print(gc.collect(), sys.getrefcount(auto_repr))
