import sys


class PlainPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint3(SlotPoint):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class LoosePoint3(SlotPoint):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = PlainPoint(1, 2)
s = SlotPoint(1, 2)
s3 = SlotPoint3(1, 2, 3)
l3 = LoosePoint3(1, 2, 3)
print("plain:", sys.getsizeof(p), "+ dict", sys.getsizeof(p.__dict__))
print("slots:", sys.getsizeof(s))
print("slots3:", sys.getsizeof(s3))
print("loose3:", sys.getsizeof(l3), hasattr(l3, "__dict__"), l3.__dict__)
print(hasattr(s3, "__dict__"), hasattr(s, "__weakref__"))
try:
    s.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(SlotPoint.__new__(SlotPoint).x)
except AttributeError as e:
    print("AttributeError:", e)
print(SlotPoint3.__slots__, SlotPoint.__slots__)
del s3.z
print(hasattr(s3, "z"))
points = [SlotPoint(i, i) for i in range(1000)]
plain = [PlainPoint(i, i) for i in range(1000)]
print("1000 slot points:", sum(map(sys.getsizeof, points)))
print("1000 plain points:", sum(sys.getsizeof(q) + sys.getsizeof(q.__dict__) for q in plain))
