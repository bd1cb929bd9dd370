# The reflected call and a comparison's object keep ordinary reference counts.
import gc
import sys


class Cell:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return Cell(self.v - other.v)

    def __rsub__(self, other):
        return Cell(other.v - self.v)

    def __eq__(self, other):
        return self.note(other)

    def note(self, other):
        return [self.v, other.v]

    __hash__ = object.__hash__


class Special(Cell):
    def __rsub__(self, other):
        print("Special.__rsub__ refs:", sys.getrefcount(self), sys.getrefcount(other))
        return Special(other.v - self.v)


a, s = Cell(10), Special(3)
r = a - s
print(type(r).__name__, r.v, sys.getrefcount(r))
eq = a == s
print(eq, sys.getrefcount(eq))
del r, eq
gc.collect()
for i in range(50):
    tmp = a - s
    flag = s == a
print(gc.get_count(), sys.getrefcount(a), sys.getrefcount(s), sys.getrefcount(flag))
del tmp, flag
print(gc.collect(), gc.get_count())
