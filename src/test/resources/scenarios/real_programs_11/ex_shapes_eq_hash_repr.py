import math

class Shape:
    def area(self):
        raise NotImplementedError

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((type(self).__name__, self._key()))

    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def _key(self):
        return (self.r,)
    def area(self):
        return math.pi * self.r ** 2
    def __repr__(self):
        return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def _key(self):
        return (self.w, self.h)
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}x{self.h})"

shapes = [Circle(1), Rect(2, 3), Circle(1), Rect(1, 1), Rect(2, 3)]
print("unique:", len(set(shapes)))
print("sorted:", sorted(shapes))
print(Circle(1) == Circle(1), Circle(1) == Rect(1, 1), Rect(1, 2) != Rect(2, 1))
for s in sorted(set(shapes)):
    print(f"{s!r:>12} area {s.area():7.3f}")
try:
    Shape().area()
except NotImplementedError:
    print("abstract area")
