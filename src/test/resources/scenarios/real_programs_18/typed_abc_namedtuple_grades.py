# typing.Protocol, TypedDict and NamedTuple in one small report.
from typing import NamedTuple
from abc import ABC, abstractmethod

class Grade(NamedTuple):
    student: str
    score: int
    weight: float = 1.0

class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2

class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r ** 2

class Label:
    text = "hi"

def total_area(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
g = Grade("ana", 91)
g2 = g._replace(score=95, weight=2.0)
print(g, g2, g2.score * g2.weight)
print(Grade._fields, Grade._field_defaults, g._asdict())
student, score, weight = g
print(student, score, weight, g[1], len(g))
print(round(total_area([Square(2), Circle(1)]), 3))
print(isinstance(Square(1), Shape), isinstance(Label(), Shape))
grades = [Grade("bo", 70, 0.5), Grade("cy", 88), Grade("al", 88, 2.0)]
for gr in sorted(grades, key=lambda x: (-x.score, x.student)):
    print(f"{gr.student:4}{gr.score:4}{gr.weight:5.1f}")
