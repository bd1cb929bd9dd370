import gc
import sys
from typing import NamedTuple


class Owner:
    pass


print(sys.getrefcount(Owner))
gc.collect()
Pet = NamedTuple("Pet", [("name", str), ("owner", Owner)])
print(gc.get_count())
print(sys.getrefcount(Owner))
Coord = NamedTuple("Coord", lat=float, lon=float)
print(Pet._fields, Coord._fields, Coord._field_defaults)
o = Owner()
p = Pet("rex", o)
print(p.name, p.owner is o, sys.getrefcount(o))
print(Coord(1.5, 2.5), Coord._make((0.0, 1.0)))
print(sys.getrefcount(Pet), sys.getsizeof(p))
print(Pet.__doc__, type(Pet))
print(p._replace(name="max").name, sys.getrefcount(o))
