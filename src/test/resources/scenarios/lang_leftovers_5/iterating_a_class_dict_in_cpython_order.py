# Iterating vars(cls) or cls.__dict__ of a program's class gives the keys in CPython's order:
# __module__, __annotations__ and a docstring's __doc__ first, the body's names, the slots, the
# __dict__ and __weakref__ getsets and __doc__ = None that type_ready adds, then what was stored
# on the class afterwards.
import gc, sys


class Shape:
    """A shape."""
    sides = 0
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    def label(self):
        return self.name.title()

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls("x")


class Square(Shape):
    sides = 4

    def area(self, s):
        return s * s


Square.colour = "red"
Shape.registry = []
del Shape.sides
Shape.sides = 1
print(list(vars(Shape)))
print(list(Square.__dict__), len(vars(Square)))
public = [name for name in vars(Shape) if not name.startswith("_")]
print(public)
for name in sorted(vars(Square)):
    print(name, type(getattr(Square, name)).__name__)
print(sys.getrefcount(Shape), sys.getrefcount(Square))
gc.collect()
before = gc.get_count()
keys = list(vars(Shape))
print(gc.get_count()[0] - before[0], len(keys), set(vars(Square)) <= set(dir(Square)))


def make():
    class Local:
        __slots__ = ("a",)
        def method(self):
            return __class__
    return Local


print(list(vars(make())))


class Point:
    x: int
    y: int = 0
    __slots__ = ("x",)


class Plain:
    pass


print(list(vars(Point)), list(vars(Plain)), tuple(Plain.__dict__))
