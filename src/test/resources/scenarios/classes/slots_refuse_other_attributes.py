# An instance with __slots__ has no __dict__: assigning another attribute is an AttributeError.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y)
p.z = 3
