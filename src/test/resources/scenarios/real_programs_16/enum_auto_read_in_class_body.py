# Flag members combined from auto() members inside the class body (the enum docs' Color/Perm
# examples): _EnumDict stores each auto() as its value at once, so the body reads ints.
import gc
from enum import Flag, IntFlag, auto


class Color(Flag):
    RED = auto()
    BLUE = auto()
    GREEN = auto()
    WHITE = RED | BLUE | GREEN
    print("in the body:", RED, BLUE, WHITE, type(WHITE).__name__)
    PINK = auto()


print(list(Color), Color.WHITE, Color.PINK.value, Color(7), Color.RED | Color.BLUE)
print(Color.WHITE.value, Color.RED in Color.WHITE, Color.PINK in Color.WHITE, len(Color))


class Perm(IntFlag):
    R = auto()
    W = auto()
    RW = R | W
    X = auto()
    ALL = RW | X

    def describe(self, sep="/", mask=RW):
        return sep.join(p.name for p in (Perm.R, Perm.W, Perm.X) if p in self) + f" (rw bits {self & mask})"


print(list(Perm), Perm.ALL, Perm.RW.value, int(Perm.ALL), Perm.ALL.describe(), Perm.X.describe("+"))
gc.collect()


class Options(Flag):
    A = auto()
    B = auto()
    AB = A | B
    C = auto()


print(gc.get_count(), Options.AB, Options.C.value, list(Options))
