import copy

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, *coords):
        self.x, self.y = coords

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Shape:
    def __init__(self, name, points):
        self.name = name
        self.points = points
        self.copies = 0

    def __deepcopy__(self, memo):
        print("deepcopy of", self.name, "memo size", len(memo))
        twin = Shape(self.name + "'", copy.deepcopy(self.points, memo))
        self.copies += 1
        return twin

p = Point(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.y is p.y, r.y is p.y)

corner = Point(0, 0)
tri = Shape("tri", [corner, Point(4, 0), corner])
dup = copy.deepcopy(tri)
print(dup.name, dup.points, dup.points[0] is dup.points[2], dup.points[0] is corner)
both = copy.deepcopy([tri, tri])
print(both[0] is both[1], tri.copies, both[0].name)

class Config:
    def __init__(self):
        self.values = {"a": [1]}
    def __copy__(self):
        new = Config.__new__(Config)
        new.values = dict(self.values)
        return new

c = Config()
c2 = copy.copy(c)
print(c2.values == c.values, c2.values is c.values, c2.values["a"] is c.values["a"])
