# slots=True remakes the class with __slots__: instances have no __dict__ and are smaller.
import gc
import sys
from dataclasses import dataclass

@dataclass
class Reading:
    sensor: str
    value: float
    unit: str = "C"

@dataclass(slots=True)
class SlimReading:
    sensor: str
    value: float
    unit: str = "C"

a = Reading("t1", 21.5)
b = SlimReading("t1", 21.5)
print(a, b, a == Reading("t1", 21.5), b == SlimReading("t1", 21.5))
print(sys.getsizeof(a), sys.getsizeof(b), hasattr(a, "__dict__"), hasattr(b, "__dict__"))
print(gc.is_tracked(a), gc.is_tracked(b), SlimReading.__slots__)
print(SlimReading.__qualname__, SlimReading.__name__, type(b) is SlimReading)
readings = [SlimReading("t%d" % i, i / 2) for i in range(5)]
print(sum(sys.getsizeof(r) for r in readings), sum(r.value for r in readings))
try:
    b.colour = "red"
except AttributeError as e:
    print(e)
b.value = 22.0
print(b.value, sys.getrefcount(b))
del readings
print(gc.collect())
