# __slots__ saves memory
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
print("dict-based:", sys.getsizeof(a), sys.getsizeof(a.__dict__))
print("slots-based:", sys.getsizeof(b))
print(hasattr(b, "__dict__"))
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(PointSlots.__slots__)
pts = [PointSlots(i, i * i) for i in range(5)]
print(sum(p.y for p in pts))
