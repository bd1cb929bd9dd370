import gc
import sys
from enum import IntEnum, StrEnum


def make():
    class Temp(IntEnum):
        A = 1
        B = 2

    return Temp


gc.collect()
T = make()
print(list(T), T.A + T.B, sys.getrefcount(T))
del T
print(gc.collect())


def make_str():
    class Tag(StrEnum):
        X = "x"
        Y = "y"
        Z = "z"

        def shout(self):
            return self.upper()

    return Tag


Tag = make_str()
print(Tag.X.shout(), sys.getrefcount(Tag))
del Tag
print(gc.collect())
