# Structural typing: any class with area() and perimeter() is a Shape to a type checker.
from typing import Protocol
import math


class Shape(Protocol):
    def area(self) -> float: ...
    def perimeter(self) -> float: ...


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect:
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


def report(shapes: list[Shape]) -> None:
    for s in shapes:
        print(f"{type(s).__name__:>6}: area={s.area():8.2f} perimeter={s.perimeter():7.2f}")
    print("total area:", round(sum(s.area() for s in shapes), 3))


report([Circle(1.5), Rect(2, 3), Circle(0.5)])
print(Shape.__mro__)
print(Shape._is_protocol, Shape.__parameters__)
