# A 2D point as a tuple subclass with no per-instance dict.
import sys, gc


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, q.x, q.y)
print(len(p), p[0], p[-1], list(p), tuple(p), p[:], type(p[:]).__name__)
x, y = q
print(x, y, p == (1, 2), p != (2, 1), (1, 2) == p)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), gc.is_tracked(p), sys.getrefcount(p))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hash(p) == hash((1, 2)), {p: "here"}[(1, 2)])
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
