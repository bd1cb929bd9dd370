import gc
from collections import namedtuple

Base = namedtuple('Point', 'x y')
gc.collect()
print(gc.get_count())

class Point(Base):
    __slots__ = ()

    def norm(self):
        return abs(self.x) + abs(self.y)

print(gc.get_count())
gc.collect()
p = Point(1, 2)
print(gc.get_count(), gc.is_tracked(p), gc.is_tracked(Point(1, 2)), gc.is_tracked((1, 2)))
points = [Point(i, i) for i in range(5)]
print(gc.get_count())
gc.collect()
q = p._replace(x=5)
print(gc.get_count())
d = p._asdict()
print(gc.get_count())
m = Point._make([3, 4])
print(gc.get_count())
del points, q, d, m
print(gc.get_count())
