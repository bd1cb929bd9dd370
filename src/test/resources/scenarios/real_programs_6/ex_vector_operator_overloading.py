import math

class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y + self.z * k.z
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __matmul__(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, o):
        return (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return f"Vec({self.x}, {self.y}, {self.z})"

i, j = Vec(1, 0, 0), Vec(0, 1, 0)
print(i + j, i - j, 3 * i, j * 2)
print(i @ j, j @ i, -(i @ j) == j @ i)
print(abs(Vec(2, 3, 6)), i * j, list(Vec(4, 5, 6)))
x, y, z = Vec(7, 8, 9)
print(x + y + z, hasattr(i, "__dict__"))
