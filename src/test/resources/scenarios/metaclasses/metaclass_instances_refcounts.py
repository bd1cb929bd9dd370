import sys
class Meta(type):
    pass
class Point(metaclass=Meta):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
q = Point(3, 4)
print(sys.getrefcount(p), sys.getrefcount(Point), sys.getrefcount(Meta))
print(p.x + q.y, type(p) is Point, type(type(p)) is Meta)
del p
print(sys.getrefcount(Point))
