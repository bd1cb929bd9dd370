import gc, sys
class Counted(type):
    created = {}
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        Counted.created[cls.__name__] = Counted.created.get(cls.__name__, 0) + 1
        return obj
class Point(metaclass=Counted):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
gc.collect()
p = Point(1, 2)
print(gc.get_count(), sys.getrefcount(p))
gc.collect()
q = Point(3)
print(gc.get_count(), q.x, q.y)
print(Counted.created)
print(sys.getrefcount(Point), sys.getrefcount(Counted))
