# __copy__ building the new instance with self.__class__(...); a subclass inherits it.
import copy
import sys

class Point:
    def __init__(self, x, y, tags):
        self.x = x
        self.y = y
        self.tags = tags

    def __copy__(self):
        return self.__class__(self.x, self.y, self.tags)

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y}, {self.tags})"

class Point3(Point):
    pass

p = Point(1, 2, ["origin"])
q = copy.copy(p)
r = copy.copy(Point3(5, 6, []))
print(p, q, r)
print(q is p, q.tags is p.tags, type(r).__name__)
print(sys.getrefcount(p.tags))
deep = copy.deepcopy(p)
print(deep.tags is p.tags, deep.tags == p.tags, sys.getrefcount(p.tags))
