# An instance compares and hashes like the plain tuple of its items.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1))
print(hash(p) == hash((1, 2)))
table = {(1, 2): "origin-ish"}
print(table[p])
print(p < Point(1, 3), max(Point(0, 9), Point(1, 0)))
print(p + (3,), p * 2)
