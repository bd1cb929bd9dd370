import sys

class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class PointSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = PointDict(1, 2)
b = PointSlots(1, 2)
print(sys.getsizeof(a), sys.getsizeof(b))
print(sys.getsizeof(a.__dict__))
print(hasattr(a, "__dict__"), hasattr(b, "__dict__"))
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
a.z = 3
print(sorted(vars(a)))
print(PointSlots.__slots__)
