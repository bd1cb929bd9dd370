import sys
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, sys.getsizeof(p))
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 9
print(q.z, Point3.__slots__)
