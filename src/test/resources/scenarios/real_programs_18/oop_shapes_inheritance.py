# OOP lab: an abstract shape, subclasses with super(), properties and class counters.
import math

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).made = getattr(type(self), "made", 0) + 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self._w, self._h = w, h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value

    def area(self):
        return self._w * self._h

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

class Blob(Shape):
    pass

shapes = [Circle(1), Rectangle(2, 5), Square(3), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(Shape.count, Circle.made, Rectangle.made, Square.made)
print(Square.__mro__[1].__name__, isinstance(shapes[2], Rectangle), issubclass(Square, Circle))
r = shapes[1]
r.width = 4
print(r.width, r.area())
try:
    r.width = -1
except ValueError as e:
    print("ValueError:", e)
try:
    print(Blob("blob"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(max(shapes).name, min(shapes, key=lambda s: s.area()).name)
print([type(s).__name__ for s in shapes], vars(shapes[2]))
try:
    r.area = 5
    print(r.area, Rectangle.area(r))
    r.width()
except TypeError as e:
    print("TypeError:", e)
