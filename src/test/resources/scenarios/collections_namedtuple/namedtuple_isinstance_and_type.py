# An instance is a tuple and an instance of its own class; type() returns that class.
from collections import namedtuple
Point = namedtuple("Point", "x y")
Other = namedtuple("Point", "x y")
p = Point(1, 2)
print(isinstance(p, tuple), isinstance(p, Point), isinstance(p, Other))
print(type(p) is Point, type(p), Point)
print(isinstance((1, 2), Point), tuple(p), type(tuple(p)) is tuple)
