class Meta(type):
    def describe(cls):
        return "class " + cls.__name__
class Shape(metaclass=Meta):
    sides = 0
class Square(Shape):
    sides = 4
print(Shape.describe())
print(Square.describe())
m = Square.describe
print(m())
