# Every instance refers to its class (a heap type), so the class's count grows with each instance.
import sys
from collections import namedtuple
Point = namedtuple("Point", "x y")
print(sys.getrefcount(Point))
points = [Point(i, i) for i in range(5)]
print(sys.getrefcount(Point))
points.pop()
print(sys.getrefcount(Point))
del points
print(sys.getrefcount(Point))
