import gc
import sys
import weakref
from typing import NamedTuple


class Reading(NamedTuple):
    sensor: str
    value: float


class Sensor:
    def __init__(self, name):
        self.name = name
        self.readings = []

    def record(self, value):
        r = Reading(self.name, value)
        self.readings.append(r)
        return r


s = Sensor("t1")
first = s.record(20.5)
s.record(21.0)
print(hasattr(first, "__weakref__"), hasattr(s, "__weakref__"), s.__weakref__)
try:
    weakref.ref(first)
except TypeError as e:
    print("TypeError:", e)
ref = weakref.ref(s, lambda r: print("sensor gone"))
print(s.__weakref__ is ref, sys.getrefcount(first), sys.getrefcount(Reading))
print([r.value for r in ref().readings])
del s
print(ref(), sys.getrefcount(first), first)
print(gc.collect())
