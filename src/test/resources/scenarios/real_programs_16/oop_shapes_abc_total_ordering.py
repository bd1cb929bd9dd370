# Shapes with an abstract base class, total_ordering by area, class methods and a registry.
from abc import ABC, abstractmethod
from functools import total_ordering
import math


@total_ordering
class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def __eq__(self, other):
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        return self.area() < other.area()

    def describe(self):
        return f"{type(self).__name__:<9} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle(r={self.r})"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"Rect({self.w}x{self.h})"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        self.sides = (a, b, c)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)

    def __repr__(self):
        return f"Triangle{self.sides}"


shapes = [Shape.create("circle", 1.5), Shape.create("rect", 2, 4.5), Square(3),
          Triangle(3, 4, 5), Rect(3, 2)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes), Square(3) == Rect(1, 9), Rect(3, 2) >= Triangle(3, 4, 5))
print(sorted(Shape.registry))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Triangle(1, 2, 8)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Square(1), Rect), Square.__mro__[1].__name__, issubclass(Circle, ABC))
