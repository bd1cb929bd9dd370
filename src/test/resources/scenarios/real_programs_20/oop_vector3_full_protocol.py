import math


class Vector3:
    """A 3-D vector with the arithmetic and container protocols."""

    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    @classmethod
    def from_iterable(cls, values):
        x, y, z = values
        return cls(x, y, z)

    @staticmethod
    def zero():
        return Vector3()

    def __repr__(self):
        return f"Vector3({self.x!r}, {self.y!r}, {self.z!r})"

    def __str__(self):
        return f"<{self.x:g}, {self.y:g}, {self.z:g}>"

    def __format__(self, spec):
        if not spec:
            return str(self)
        parts = (format(c, spec) for c in self)
        return "(" + ", ".join(parts) + ")"

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __len__(self):
        return 3

    def __getitem__(self, index):
        return (self.x, self.y, self.z)[index]

    def __eq__(self, other):
        if not isinstance(other, Vector3):
            return NotImplemented
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def __bool__(self):
        return any(self)

    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))

    def __neg__(self):
        return Vector3(-self.x, -self.y, -self.z)

    def __pos__(self):
        return Vector3(*self)

    def __add__(self, other):
        if not isinstance(other, Vector3):
            return NotImplemented
        return Vector3(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        if not isinstance(other, Vector3):
            return NotImplemented
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector3(self.x * k, self.y * k, self.z * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return self * (1 / k)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def cross(self, other):
        a, b = self, other
        return Vector3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)

    def normalized(self):
        length = abs(self)
        if length == 0:
            raise ValueError("cannot normalize the zero vector")
        return self / length


i = Vector3(1, 0, 0)
j = Vector3(0, 1, 0)
k = i.cross(j)
print(repr(k), str(k))
v = Vector3.from_iterable([3, 4, 12])
print("abs:", abs(v), "len:", len(v), "items:", list(v), v[-1])
print("dot:", v @ Vector3(1, 1, 1))
print("sum:", v + i, "diff:", v - j, "neg:", -v, "pos:", +v)
print("scaled:", 2 * v, v * 0.5, v / 4)
print(f"formatted: {v.normalized():.3f}")
print(f"plain: {v}")
print("bool:", bool(Vector3.zero()), bool(i))
print("equal:", Vector3(1, 2, 3) == Vector3(1.0, 2.0, 3.0), i == (1, 0, 0))
print("set size:", len({Vector3(1, 2, 3), Vector3(1, 2, 3), i}))
x, y, z = v
print("unpacked:", x, y, z)
try:
    Vector3.zero().normalized()
except ValueError as e:
    print("error:", e)
try:
    v + 5
except TypeError as e:
    print("error:", e)
try:
    v.w = 1
except AttributeError as e:
    print("error:", e)
print("sorted by length:", [str(u) for u in sorted([v, i, 3 * j, k * 2], key=abs)])
