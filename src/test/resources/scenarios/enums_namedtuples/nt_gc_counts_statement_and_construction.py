import gc
from typing import NamedTuple

gc.collect()
print(gc.get_count())
gc.collect()


class Pair(NamedTuple):
    left: int
    right: int


print(gc.get_count())
gc.collect()
a = Pair(1, 2)
print(gc.get_count(), gc.is_tracked(a))
b = Pair(3, 4)
print(gc.get_count())
gc.collect()


class Row(NamedTuple):
    id: int
    name: str
    score: float = 0.0


print(gc.get_count())
gc.collect()
r = Row(1, "ann")
print(gc.get_count())
s = Row(2, "bob", 9.5)
print(gc.get_count())
t = r._replace(score=3.0)
print(gc.get_count())
d = r._asdict()
print(gc.get_count())
m = Row._make([3, "cy", 1.0])
print(gc.get_count())
del a, b, r, s, t, d, m
print(gc.get_count())
print(gc.collect())
