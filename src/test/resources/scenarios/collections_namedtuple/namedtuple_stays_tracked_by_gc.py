# gc untracks plain tuples of atoms during a collection, but not namedtuple instances.
import gc
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
t = tuple([1, 2])
print(gc.is_tracked(p), gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(p), gc.is_tracked(t))
