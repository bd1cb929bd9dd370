import gc
import sys
from typing import NamedTuple


def make():
    class Temp(NamedTuple):
        a: int
        b: int = 2

        def total(self):
            return self.a + self.b

    return Temp


gc.collect()
T = make()
t = T(1)
print(t, t.total(), sys.getrefcount(T))
del t
print(sys.getrefcount(T))
del T
print(gc.collect())


def make_plain():
    class P(NamedTuple):
        x: int
        y: int
        z: int

    return P


P = make_plain()
del P
print(gc.collect())
print(gc.collect())
