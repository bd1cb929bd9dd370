# str.format reaches into attributes and items of its arguments.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
d = {"a": 1, "b": [10, 20]}
print("{0[a]} {0[b][1]}".format(d))
print("{p.x}".format(p=p))
