from abc import ABC, abstractmethod
import weakref


class Shape(ABC):
    instances = weakref.WeakSet()

    def __init__(self):
        Shape.instances.add(self)

    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


try:
    Shape()
except TypeError as e:
    print(e)
shapes = [Circle(1), Rect(2, 3), Circle(2)]
for s in shapes:
    print(s.describe())
print(len(Shape.instances))
shapes.pop()
print(len(Shape.instances))
del s
print(len(Shape.instances), sorted(type(x).__name__ for x in Shape.instances))
print(isinstance(shapes[0], Shape), issubclass(Rect, Shape))
