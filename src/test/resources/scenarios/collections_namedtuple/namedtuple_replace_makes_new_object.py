# _replace returns a new instance; the original is unchanged (tuples are immutable).
import sys
from collections import namedtuple
Point = namedtuple("Point", "x y")
shared = [0]
p = Point(shared, 2)
q = p._replace(y=5)
print(p, q, p is q, q.x is shared)
print(sys.getrefcount(shared))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
