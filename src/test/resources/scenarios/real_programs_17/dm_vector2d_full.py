# A 2-D vector in the style of the data-model chapters: every operator a learner expects to work.
import math
import sys


class Vector2d:
    __slots__ = ('__x', '__y')
    typecode = 'd'

    def __init__(self, x, y):
        self.__x = float(x)
        self.__y = float(y)

    @property
    def x(self):
        return self.__x

    @property
    def y(self):
        return self.__y

    def __iter__(self):
        return (i for i in (self.x, self.y))

    def __repr__(self):
        class_name = type(self).__name__
        return '{}({!r}, {!r})'.format(class_name, *self)

    def __str__(self):
        return str(tuple(self))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(abs(self))

    def angle(self):
        return math.atan2(self.y, self.x)

    def __format__(self, fmt_spec=''):
        if fmt_spec.endswith('p'):
            fmt_spec = fmt_spec[:-1]
            coords = (abs(self), self.angle())
            outer_fmt = '<{}, {}>'
        else:
            coords = self
            outer_fmt = '({}, {})'
        components = (format(c, fmt_spec) for c in coords)
        return outer_fmt.format(*components)

    def __add__(self, other):
        try:
            return Vector2d(self.x + other.x, self.y + other.y)
        except AttributeError:
            return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self + other

    def __sub__(self, other):
        return Vector2d(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector2d(self.x * scalar, self.y * scalar)
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vector2d(-self.x, -self.y)

    def __pos__(self):
        return Vector2d(+self.x, +self.y)

    def __truediv__(self, scalar):
        return Vector2d(self.x / scalar, self.y / scalar)


v1 = Vector2d(3, 4)
print(v1.x, v1.y)
x, y = v1
print(x, y)
print(v1, repr(v1), abs(v1), bool(v1), bool(Vector2d(0, 0)))
v1_clone = Vector2d(*v1)
print(v1 == v1_clone, v1 is v1_clone)
print(format(v1), format(v1, '.2f'), format(v1, '.3e'))
print(format(Vector2d(1, 1), 'p'), format(Vector2d(1, 1), '.3ep'), format(Vector2d(0, 1), '0.5fp'))
print(f"{v1:.1f} and {-v1:.1fp}")
v2 = Vector2d(3.1, 4.2)
print(hash(v1) == hash(Vector2d(3, 4)), len({v1, v2, v1_clone}))
print(v1 + v2, v1 - v2, v1 * 3, 2 * v1, v1 @ v2, -v1, +v1, v1 / 2)
print(sum([Vector2d(1, 2), Vector2d(3, 4), Vector2d(5, 6)]))
print(v1 + (1, 2) if False else "skip")
try:
    v1 + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v1 * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v1.x = 7
except AttributeError as e:
    print("AttributeError:", e)
try:
    v1.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(Vector2d.__slots__), hasattr(v1, '__dict__'))
print(sys.getsizeof(v1), sys.getsizeof((3.0, 4.0)))
print(sys.getrefcount(v1))
vs = [v1] * 3
print(sys.getrefcount(v1))
del vs
print(sys.getrefcount(v1))
print(v1.angle(), Vector2d(0, 1).angle() == math.pi / 2)
print(v1._Vector2d__x)
