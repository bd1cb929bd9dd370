import sys
from typing import NamedTuple


class Vector(NamedTuple):
    """A 2-D vector."""
    x: float
    y: float

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)

    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"<{self.x}, {self.y}>"


class Plain(NamedTuple):
    a: int
    b: str


v = Vector(3.0, 4.0)
w = v + Vector(1.0, 1.0)
print(v, repr(v), w)
print(v.length, v.scaled(2))
print(Vector.__doc__)
print(Plain.__doc__)
print(Plain(1, "x"))
print(sys.getsizeof(v), sys.getrefcount(Vector))
print(isinstance(w, Vector), w.scaled(0.5).length)
print(f"{v}", str(w), [str(u) for u in (v, w)])
