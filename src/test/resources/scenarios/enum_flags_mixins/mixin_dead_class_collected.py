import gc
from enum import Enum


def make():
    class Temp(str, Enum):
        HOT = "hot"
        COLD = "cold"
    return Temp.HOT.upper()


gc.collect()
print(make())
print(gc.collect())


class Size(int, Enum):
    S = 1
    M = 2
    L = 3


del Size
print(gc.collect())


class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 0.25


del Ratio
print(gc.collect())
