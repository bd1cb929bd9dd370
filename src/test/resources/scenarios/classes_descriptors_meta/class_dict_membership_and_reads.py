import gc
import sys


class Counter:
    total = 0
    __slots__ = ("value",)

    def __init__(self):
        self.value = 0


class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    dims = 3


p = Point(1, 2)
print("x" in p.__dict__, "x" in Point.__dict__, "dims" in Point.__dict__)
print("__init__" in Point.__dict__, "__init__" in Point3.__dict__, "dims" in Point3.__dict__)
print("__dict__" in Point.__dict__, "__dict__" in Point3.__dict__, "__weakref__" in Point.__dict__)
print("__module__" in Point3.__dict__, "__doc__" in Point3.__dict__, "__qualname__" in Point.__dict__)
print(Point.__dict__["dims"], Point3.__dict__["dims"], Point.__dict__["__doc__"], Point3.__dict__["__doc__"])
print(Point.__dict__["__module__"], Point.__dict__.get("dims"), Point3.__dict__.get("x", "absent"))
print("value" in Counter.__dict__, "__slots__" in Counter.__dict__, "__dict__" in Counter.__dict__)
try:
    Point3.__dict__["__init__"]
except KeyError as e:
    print("KeyError:", e)
print(sys.getrefcount(Point.__dict__["dims"]) > 100)
gc.collect()
print(gc.get_count())
print("dims" not in Point.__dict__)
print(gc.get_count())
