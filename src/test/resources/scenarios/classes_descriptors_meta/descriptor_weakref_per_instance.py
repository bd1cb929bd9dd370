import gc
import weakref


class PerInstance:
    def __init__(self):
        self.data = weakref.WeakKeyDictionary()

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.data.get(obj, 0)

    def __set__(self, obj, value):
        self.data[obj] = value


class Point:
    x = PerInstance()
    y = PerInstance()


p = Point()
q = Point()
p.x = 3
p.y = 4
q.x = 10
print(p.x, p.y, q.x, q.y)
print(len(Point.x.data), len(Point.y.data))
print(vars(p))
del p
print(len(Point.x.data), len(Point.y.data))
gc.collect()
print(gc.get_count())
del q
print(len(Point.x.data))
