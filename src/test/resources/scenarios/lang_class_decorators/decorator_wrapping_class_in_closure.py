# a decorator returning a factory function: the class is held by the factory's closure cell, freed with the factory by gc
import sys, gc
def counted(cls):
    made = [0]
    def factory(*args):
        made[0] += 1
        return cls(*args)
    return factory
@counted
class Point:
    def __init__(self, x):
        self.x = x
p = Point(3)
print(p.x, Point.__closure__[0].cell_contents is type(p), sys.getrefcount(type(p)))
del p, Point
print("collected", gc.collect())
