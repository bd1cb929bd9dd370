from enum import Enum

class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    def describe(self):
        return f"{self.name.title()} with {self.value} sides"

    @property
    def sides(self):
        return self.value

    @classmethod
    def most_sides(cls):
        return max(cls, key=lambda s: s.value)

    @staticmethod
    def count():
        return 2

print(Shape.SQUARE.describe())
print(Shape.TRIANGLE.sides)
print(Shape.most_sides())
print(Shape.count(), len(Shape))
