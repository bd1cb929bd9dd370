import gc
import sys
from enum import Enum, IntEnum, StrEnum

gc.collect()


class Size(IntEnum):
    S = 1
    M = 2
    L = 3


print(gc.get_count())
gc.collect()


class Unit(StrEnum):
    KG = "kg"
    LB = "lb"


print(gc.get_count())
gc.collect()


class Axis(IntEnum):
    X = 0
    Y = 1


print(gc.get_count())
print(sys.getrefcount(Size), sys.getrefcount(Size.M), sys.getrefcount(Unit.KG), sys.getrefcount(Axis))
print(sys.getsizeof(Size.S), sys.getsizeof(Unit.KG), sys.getsizeof(Axis.X))
print(gc.is_tracked(Size.S), gc.is_tracked(Unit.LB), len(vars(Size.L)))
print(vars(Size.L)["_name_"], vars(Unit.LB)["_value_"])
gc.collect()
pairs = [(s, s * 10) for s in Size]
print(gc.get_count(), pairs)
