# __new__ receives the class and the call's arguments; object.__new__(cls) makes the empty instance that __init__ then fills.
class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        self = object.__new__(cls)
        self.x = x
        return self

    def __init__(self, x, y):
        print("init", x, y)
        self.y = y

p = Point(1, 2)
print(p.x, p.y, type(p).__name__)

class Point3(Point):
    pass

q = Point3(3, 4)
print(type(q).__name__, isinstance(q, Point), q.x, q.y)
