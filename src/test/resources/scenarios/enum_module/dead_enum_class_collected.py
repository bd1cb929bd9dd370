import gc
from enum import Enum, Flag, auto
gc.collect()
def f():
    class C(Enum):
        A = 1
        B = 2
        C = 3
        D = 4
        def m(self): pass
        @property
        def p(self): return 1
    return len(C)
print(f(), gc.collect())
def g():
    class P(Flag):
        R = auto()
        W = auto()
    x = P.R | P.W
    return str(x)
print(g(), gc.collect())
def h():
    class Q(Enum):
        A = 1
        AA = 1
    return Q.AA.name
print(h(), gc.collect())
class Keep(Enum):
    A = 1
    B = 2
del Keep
print(gc.collect())
