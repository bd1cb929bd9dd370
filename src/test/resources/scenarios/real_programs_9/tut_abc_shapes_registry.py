from abc import ABC, abstractmethod
import math


class Shape(ABC):
    _registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape._registry.append(cls.__name__)

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s: area=%.3f perimeter=%.3f" % (type(self).__name__, self.area(), self.perimeter())

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Broken(Shape):
    def area(self):
        return 0


shapes = [Circle(1), Rect(2, 5), Square(3), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(Shape._registry, max(shapes).describe())
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Square(1), Rect), issubclass(Square, Shape), sorted(Broken.__abstractmethods__))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
