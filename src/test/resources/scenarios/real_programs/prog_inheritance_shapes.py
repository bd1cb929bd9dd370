# classes and inheritance: shapes
import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "Square"

shapes = [Circle(1), Rect(2, 3.5), Square(4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(Shape.count, isinstance(shapes[2], Rect), issubclass(Square, Shape))
print([type(s).__mro__[1].__name__ for s in shapes])
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("error:", e)
