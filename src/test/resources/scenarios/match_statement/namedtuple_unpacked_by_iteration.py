# A namedtuple subject is unpacked through its iterator (not the exact-tuple fast path); counts stay CPython's with gc disabled.
import gc
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
counts = []
gc.collect()
gc.disable()
counts.append(gc.get_count()[0])
for i in range(5):
    match p:
        case (a, b):
            counts.append(gc.get_count()[0])
gc.enable()
print(counts)
