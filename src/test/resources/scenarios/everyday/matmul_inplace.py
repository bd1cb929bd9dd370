# @= uses __imatmul__ (keeps the object) or falls back to __matmul__ (a new object).
import sys

class Acc:
    def __init__(self, v):
        self.v = v
    def __imatmul__(self, other):
        self.v = self.v * other
        return self

class Vec:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Vec(self.v * other)

a = Acc(2)
keep = a
a @= 5
print(a.v, a is keep, sys.getrefcount(keep))
v = Vec(3)
old = v
v @= 4
print(v.v, v is old, sys.getrefcount(old), sys.getrefcount(v))
del old
print(sys.getrefcount(v))
