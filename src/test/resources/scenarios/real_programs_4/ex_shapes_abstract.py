from abc import ABC, abstractmethod
import math

class Shape(ABC):
    count = 0
    def __init__(self):
        Shape.count += 1

    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__:<10} area={self.area():8.3f} perim={self.perimeter():7.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

shapes = [Circle(1), Rect(2, 5), Square(3), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print("made:", Shape.count, [cls.__name__ for cls in Square.__mro__])
try:
    Shape()
except TypeError as e:
    print(e)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape))
