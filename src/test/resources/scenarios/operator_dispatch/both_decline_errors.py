# When every candidate returns NotImplemented, the TypeError names both operand types.
class Shape:
    def __and__(self, other):
        print(f"{type(self).__name__}.__and__")
        return NotImplemented

    def __rand__(self, other):
        print(f"{type(self).__name__}.__rand__ (Shape's)")
        return NotImplemented


class Circle(Shape):
    def __rand__(self, other):
        print("Circle.__rand__")
        return NotImplemented


for left, right in [(Shape(), Circle()), (Circle(), Shape()), (Shape(), Shape()), (1, Circle())]:
    try:
        left & right
    except TypeError as e:
        print("  ->", e)
s = Shape()
try:
    s &= Circle()
except TypeError as e:
    print("  ->", e)
