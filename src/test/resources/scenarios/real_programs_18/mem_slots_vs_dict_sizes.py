# Memory course: __slots__ against a per-instance __dict__, measured with sys.getsizeof.
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

d = PointDict(1, 2)
s = PointSlots(1, 2)
print("instance:", sys.getsizeof(d), sys.getsizeof(s))
print("dict of d:", sys.getsizeof(d.__dict__))
print("has __dict__:", hasattr(d, "__dict__"), hasattr(s, "__dict__"))
d.z = 3
print("d grows an attribute:", d.__dict__, sys.getsizeof(d.__dict__))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
points = [PointDict(i, i) for i in range(1000)]
slots = [PointSlots(i, i) for i in range(1000)]
total_d = sum(sys.getsizeof(p) + sys.getsizeof(p.__dict__) for p in points)
total_s = sum(sys.getsizeof(p) for p in slots)
print("1000 dict points:", total_d, "1000 slot points:", total_s, "saved:", total_d - total_s)
print("slots:", sorted(PointSlots.__slots__))
class Point3(PointSlots):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(sys.getsizeof(p3), p3.x + p3.y + p3.z)
class Loose(PointSlots):
    pass
lo = Loose(1, 2)
lo.extra = "ok"
print(sys.getsizeof(lo), lo.__dict__)
