# weakref_slot=True without slots=True is dataclass's TypeError; what gc counts for slot instances; a cycle of them freed by the collector with their weakref callbacks
import gc
import weakref
from dataclasses import dataclass


@dataclass(slots=True, weakref_slot=True)
class Cell:
    label: str
    neighbour: object = None


try:
    @dataclass(weakref_slot=True)
    class Loose:
        label: str
except TypeError as e:
    print("TypeError:", e)
gc.collect()
x = Cell("x")
print(gc.get_count())
y = Cell("y", x)
print(gc.get_count())
x.neighbour = y
print(gc.get_count(), gc.is_tracked(x))
refs = [weakref.ref(c, lambda r: print("gone")) for c in (x, y)]
print(weakref.getweakrefcount(y))
del x, y
print([r() is None for r in refs])
print(gc.collect(), [r() is None for r in refs], gc.get_count())
