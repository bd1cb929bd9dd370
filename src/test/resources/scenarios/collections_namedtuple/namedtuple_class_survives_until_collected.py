# The class holds itself through its __mro__: each instance adds one reference, and the class outlives its instances.
import sys
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(sys.getrefcount(Point))
del p
print(sys.getrefcount(Point))
print(Point(5, 6).x)
