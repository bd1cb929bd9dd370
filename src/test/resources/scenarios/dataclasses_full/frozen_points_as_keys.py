# Frozen points are hashable: they serve as dict keys and set members, like tuples of their fields.
import gc
import sys
from dataclasses import dataclass

@dataclass(frozen=True)
class Point:
    x: int
    y: int

grid = {}
for x in range(3):
    for y in range(2):
        grid[Point(x, y)] = x * 10 + y
print(len(grid), grid[Point(2, 1)], Point(1, 1) in grid)
p = Point(1, 0)
print(hash(p) == hash((1, 0)), p == Point(1, 0), p is Point(1, 0))
seen = {Point(0, 0), Point(0, 0), Point(1, 2)}
print(len(seen), sorted(seen, key=lambda q: (q.y, q.x)))
print(sys.getrefcount(p), gc.is_tracked(p), sys.getsizeof(p), sys.getsizeof(Point))
key = Point(5, 5)
grid[key] = 55
print(sys.getrefcount(key))
del grid[key]
print(sys.getrefcount(key))
gc.collect()
del grid
print(gc.collect())
