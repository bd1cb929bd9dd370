# @dataclass writes __init__, __repr__ and __eq__; instances are ordinary instances with a dict.
import gc
import sys
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

class Plain:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Plain(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3), p == q)
print(sys.getsizeof(p), sys.getsizeof(q), sys.getrefcount(p), sys.getrefcount(Point), sys.getrefcount(Plain))
print(vars(p), Point.y, Point.__match_args__, gc.is_tracked(p))
print(Point.__init__.__qualname__, Point.__repr__.__name__, Point.__eq__.__qualname__)
gc.collect()
made = [Point(i, i) for i in range(3)]
print(len(made), gc.collect(), sys.getrefcount(made[0]))
