class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))
    def __abs__(self):
        return (self @ self) ** 0.5
    def __eq__(self, other):
        return self.c == tuple(other)
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __repr__(self):
        return f"Vector{self.c}"
    def __iter__(self):
        return iter(self.c)

v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v - w, v * 2, 3 * w)
print(abs(v), v @ w, len(v), v[0], list(v))
print(v == Vector(3, 4), v == (3, 4), bool(Vector(0, 0)))
print({v, Vector(3, 4)} == {v})
x, y = v
print(x, y)
print(sum([v, w], Vector(0, 0)))
