# _make builds an instance from any iterable of the right length.
from collections import namedtuple
Point = namedtuple("Point", "x y")
print(Point._make([1, 2]), Point._make(range(2)), Point._make("ab"))
p = Point(0, 0)
print(p._make((5, 6)))
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
