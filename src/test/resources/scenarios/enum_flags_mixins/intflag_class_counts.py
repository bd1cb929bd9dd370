import gc
from enum import IntFlag, Flag, auto

gc.collect()


class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()


print(gc.get_count())
gc.collect()


class Bits(Flag):
    ONE = 1
    TWO = 2


print(gc.get_count())
print(len(Opt), len(Bits))


def make():
    class Temp(IntFlag):
        X = 1
        Y = 2
    return repr(Temp.X | Temp.Y)


gc.collect()
print(make())
print(gc.collect())
