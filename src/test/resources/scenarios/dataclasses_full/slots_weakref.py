# A slots dataclass has no __weakref__ slot in 3.11: weak references to its instances fail, while
# the ordinary dataclass takes them.
import gc
import sys
import weakref
from dataclasses import dataclass

@dataclass(slots=True)
class Cell:
    row: int
    col: int

@dataclass
class Watched:
    name: str

c = Cell(1, 2)
try:
    weakref.ref(c)
except TypeError as e:
    print(e)
w = Watched("job")
r = weakref.ref(w, lambda ref: print("callback: job is gone"))
print(r() is w, sys.getsizeof(c), sys.getsizeof(w), Cell.__slots__)
del w
print(r())
cells = [Cell(i, i) for i in range(4)]
print(sys.getrefcount(cells[0]), gc.is_tracked(cells[0]), cells[3])
print(gc.collect())
