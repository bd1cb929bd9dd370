import math

class Vector:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y

v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v)
print(repr(v), abs(v), bool(Vector()), bool(w))
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}))
x, y = v
print(x, y, list(w), tuple(v + w))
total = Vector()
for vec in [v, w, Vector(5, 5)]:
    total += vec
print(total, f"{abs(total):.3f}")
print(sorted([v, w, Vector(0, 1)], key=abs))
