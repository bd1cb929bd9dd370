# A Shape(ABC) hierarchy: instantiating the abstract class names its abstract methods (sorted); concrete subclasses work
import sys
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
    def perimeter(self):
        return round(2 * 3.14159 * self.r, 2)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
shapes = [Square(2), Circle(1), Square(3)]
for s in shapes:
    print(s.describe(), s.perimeter())
print(sum(s.area() for s in shapes))
print(sys.getsizeof(shapes[0]), sys.getrefcount(Square), sys.getrefcount(Circle))
print(isinstance(shapes[1], Shape), isinstance(shapes[1], ABC), type(shapes[1]).__name__)
