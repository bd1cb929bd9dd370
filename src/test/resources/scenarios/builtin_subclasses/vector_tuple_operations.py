# A small vector type on tuple: scaling, length, and unpacking in a loop.
import math
import sys


class Vector(tuple):
    __slots__ = ()

    def __new__(cls, *components):
        return super().__new__(cls, components)

    def __mul__(self, k):
        return Vector(*(c * k for c in self))

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(*self)

    def __repr__(self):
        return "Vector" + tuple.__repr__(self)


v = Vector(3, 4)
print(v, v * 2, 3 * v, abs(v), len(v), type(v * 2).__name__)
print(v + (5,), type(v + (5,)).__name__, v[::-1], type(v[::-1]).__name__)
path = [Vector(0, 1), Vector(2, 2), Vector(-1, 0)]
total = 0.0
for x, y in path:
    total += math.hypot(x, y)
print(round(total, 3), sys.getsizeof(v), sys.getrefcount(v))
