class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
v = Vector(3, 4)
print(v + Vector(1, 1), v * 2, 3 * v, abs(v))
print(v == Vector(3, 4), len({v, Vector(3, 4)}), bool(Vector(0, 0)))
x, y = v
print(x, y, list(v))
print(sum([Vector(1, 2), Vector(3, 4)], Vector(0, 0)))
