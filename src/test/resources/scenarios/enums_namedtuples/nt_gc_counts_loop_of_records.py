import gc
from typing import NamedTuple


class Sample(NamedTuple):
    t: int
    v: float


gc.collect()
data = []
for i in range(50):
    data.append(Sample(i, i / 2))
print(gc.get_count(), len(data), data[-1])
gc.collect()
shifted = [s._replace(t=s.t + 1) for s in data[:10]]
print(gc.get_count(), shifted[0])
gc.collect()
pairs = [tuple(s) for s in data[:10]]
print(gc.get_count())
del data, shifted, pairs
print(gc.get_count(), gc.collect())
