# A 2-D vector class with operator overloading, __iter__ unpacking, __bool__, __hash__, __format__.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))


a, b = Vec(3, 4), Vec(-1, 2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, a / 2)
print(abs(a), bool(Vec()), bool(b), a == Vec(3, 4), a != b)
x, y = a
print(x, y, list(b), tuple(a + b))
print(f"{a:.2f} {b:>6.1f} {Vec(1 / 3, 2 / 3):.3}")
print({a: "a", Vec(3, 4): "again"}, len({a, Vec(3, 4), b}))
print(f"{a.angle():.2f} {Vec(0, -1).angle():.1f} {(a / abs(a))}")
pts = [Vec(1, 1), Vec(-2, 0), Vec(0, 3), Vec(1, -1)]
print(sorted(pts, key=abs), max(pts, key=lambda v: v.angle()))
total = sum(pts, Vec())
print(total, sum((p for p in pts if p.x > 0), Vec()))
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
a += b
print(a, hasattr(a, "__dict__"))
