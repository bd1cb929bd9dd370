# A metaclass __init__ giving each class its own counter, __call__ counting instances.
import gc, sys
class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.count = 0
    def __call__(cls, *args):
        cls.count += 1
        return super().__call__(*args)
class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    pass
gc.collect()
ps = [Point(1, 2), Point(3, 4), Point3(5, 6)]
print(gc.get_count())
print(Point.count, Point3.count, sys.getrefcount(Point))
del ps
print(gc.collect())
