import gc
import sys


class PointD:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointS:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"PointS({self.x}, {self.y})"


class Point3(PointS):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


gc.collect()
d = PointD(1, 2)
s = PointS(1, 2)
t = Point3(1, 2, 3)
print("dict point:", sys.getsizeof(d), "+ dict", sys.getsizeof(d.__dict__))
print("slots point:", sys.getsizeof(s), "3d:", sys.getsizeof(t))
print("has dict:", hasattr(s, "__dict__"), hasattr(d, "__dict__"))
try:
    s.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print("tracked:", gc.is_tracked(s), gc.is_tracked(d))
pts = [PointS(i, i * i) for i in range(5)]
print(pts[-1], sum(p.y for p in pts))
print("slots:", PointS.__slots__, Point3.__slots__)
del pts
print("collected:", gc.collect(), gc.get_count())
