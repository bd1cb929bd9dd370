# namedtuple makes a class whose instances print their field names; _fields lists them.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, repr(p), str(p))
print(p.x, p.y, Point._fields, p._fields)
Color = namedtuple("Color", ["red", "green", "blue"])
print(Color(255, 128, 0))
Pair = namedtuple("Pair", "left, right")
print(Pair("a", [1]), Pair._fields)
