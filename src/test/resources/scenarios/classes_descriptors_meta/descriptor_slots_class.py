import sys


class Positive:
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.slot[1:]} must be positive")
        setattr(obj, self.slot, value)


class Box:
    __slots__ = ("_width", "_height")
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height


b = Box(3, 4)
print(b.area(), sys.getsizeof(b))
try:
    b.height = -1
except ValueError as e:
    print("ValueError:", e)
print(b.height, hasattr(b, "__dict__"))
