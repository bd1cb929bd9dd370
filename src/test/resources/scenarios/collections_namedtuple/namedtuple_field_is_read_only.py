# Fields cannot be assigned: the tuple is immutable.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(p)
p.x = 10
