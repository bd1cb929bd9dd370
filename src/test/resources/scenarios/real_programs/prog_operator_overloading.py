# Vector class with operator overloading
import math

class Vector:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __bool__(self):
        return bool(self.x or self.y)

v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v - w, v * 2, 3 * w, -v)
print(abs(v), v == Vector(3, 4), v != w, bool(Vector()))
print(len({v, Vector(3, 4), w}))
total = sum([v, w, Vector(1, 1)], Vector())
print(total)
