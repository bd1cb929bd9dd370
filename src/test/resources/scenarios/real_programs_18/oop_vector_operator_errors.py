# A 2-D vector class with operators; mistakes with wrong operand types show CPython's messages.
import math

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

u, v = Vector(3, 4), Vector(1, -2)
print(u + v, u - v, u * 2, 3 * v, u * v, abs(u), -v, bool(Vector(0, 0)), list(u))
x, y = u
print(x, y, u == Vector(3, 4), u != v, u == (3, 4))
for label, op in [("u + 1", lambda: u + 1), ("1 + u", lambda: 1 + u), ("u - 1", lambda: u - 1),
                  ("u / 2", lambda: u / 2), ("u < v", lambda: u < v), ("u * 'ab'", lambda: u * "ab"),
                  ("len(u)", lambda: len(u)), ("u[0]", lambda: u[0]), ("hash(u)", lambda: hash(u))]:
    try:
        print(label, "=", op())
    except (TypeError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
total = sum([u, v, Vector(0, 1)], Vector(0, 0))
print(total, max([u, v], key=abs))
