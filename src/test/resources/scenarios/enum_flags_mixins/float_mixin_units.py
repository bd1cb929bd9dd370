import gc
import sys
from enum import Enum

gc.collect()


class Unit(float, Enum):
    MM = 0.001
    CM = 0.01
    M = 1.0
    KM = 1000.0


print(gc.get_count())


def to_meters(amount, unit):
    return amount * unit


print(to_meters(5, Unit.KM), to_meters(30, Unit.CM))
print(Unit.M == 1.0, Unit(0.01), Unit["MM"].value)
print(repr(Unit.KM), str(Unit.KM), f"{Unit.KM}")
print(isinstance(Unit.M, float), Unit.KM > Unit.M, round(Unit.CM * 3, 2))
print(sys.getsizeof(Unit.MM), sys.getrefcount(Unit.MM))
print(list(Unit))
