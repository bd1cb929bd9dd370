import gc
import sys
from collections import namedtuple


Point = namedtuple("Point", "x y")
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0])

gc.collect()
p = Point(3, 4)
print(p, gc.get_count())
q = Point(x=1, y=2)
print(q, p._replace(y=10), gc.get_count())
c = Color(255, 128)
print(c, c._asdict(), Color._make([1, 2, 3]))
print("refcount p:", sys.getrefcount(p), "size:", sys.getsizeof(p), sys.getsizeof((3, 4)))
path = [Point(i, i * i) for i in range(4)]
print(path[-1].y, max(path, key=lambda pt: pt.x + pt.y))
dist = sum(((b.x - a.x) ** 2 + (b.y - a.y) ** 2) ** 0.5 for a, b in zip(path, path[1:]))
print(f"path length {dist:.3f}")
print("tracked:", gc.is_tracked(p))
del path
print("count:", gc.get_count())
