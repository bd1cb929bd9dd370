import math

class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def dot(self, o): return self.x * o.x + self.y * o.y

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, 2 * a, -b, abs(a), a.dot(b))
print(bool(Vec(0, 0)), bool(a), a == Vec(3, 4), len({a, Vec(3, 4), b}))
x, y = a
print(x, y, list(b), tuple(a * 0.5))
for v in (Vec(0, 0), Vec(0, 5), Vec(2, 2), Vec(1, 7)):
    match v:
        case Vec(0, 0):
            print("origin")
        case Vec(0, y):
            print("on y axis at", y)
        case Vec(x, y) if x == y:
            print("diagonal", x)
        case _:
            print("elsewhere", v)
