import math


class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        yield from (self.x, self.y, self.z)

    def __repr__(self):
        return "Vec3({}, {}, {})".format(*self)

    def __add__(self, o):
        return Vec3(*(a + b for a, b in zip(self, o)))

    def __sub__(self, o):
        return Vec3(*(a - b for a, b in zip(self, o)))

    def __mul__(self, k):
        if isinstance(k, Vec3):
            return sum(a * b for a, b in zip(self, k))
        return Vec3(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, o):
        return Vec3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __abs__(self):
        return math.sqrt(self * self)

    def __neg__(self):
        return self * -1

    def __eq__(self, o):
        return tuple(self) == tuple(o)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        self.z += o.z
        return self

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]


i, j = Vec3(1, 0, 0), Vec3(0, 1, 0)
print(i + j, i - j, 2 * i, i * 3, i * j, i @ j, j @ i)
v = Vec3(3, 4, 12)
print(abs(v), -v, v[0], v[-1], v[1:])
w = v
w += Vec3(1, 1, 1)
print(v, w is v, v == Vec3(4, 5, 13))
print(sorted([Vec3(2, 0, 0), Vec3(0, 0, 1), Vec3(1, 1, 1)], key=abs))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
try:
    v.w = 1
except AttributeError as e:
    print("AttributeError:", e)
