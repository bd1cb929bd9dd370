import sys
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(3, 4)
q = Point(7)
print(p, q)
print(repr(p), str(q))
print(p.x, p.y, p[0], p[-1], len(p))
print(Point._fields, Point._field_defaults)
print(p._asdict())
r = p._replace(y=10)
print(r, r is p, p)
print(Point._make([5, 6]))
print(sys.getsizeof(p), sys.getsizeof(Point(1, 2)) == sys.getsizeof((1, 2)))
print(sys.getrefcount(Point), sys.getrefcount(p))
print(type(p).__name__, isinstance(p, tuple), isinstance(p, Point))
print(Point.__mro__)
print(Point.__bases__, Point.__base__)
print(Point.__doc__)
x, y = p
print(x + y, tuple(p), list(q))
print(p == (3, 4), p < Point(3, 5), hash(p) == hash((3, 4)))
