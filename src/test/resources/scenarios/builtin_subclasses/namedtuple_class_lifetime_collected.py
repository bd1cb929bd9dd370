# A class statement holds its namedtuple base three times (__base__, __bases__, __mro__); the
# class is in a cycle with its own __mro__, so it goes only when the collector runs.
import gc, sys
from collections import namedtuple

Base = namedtuple('Point', 'x y')
gc.collect()
print(sys.getrefcount(Base), gc.get_count())

class Point(Base):
    __slots__ = ()

class Other(Base):
    pass

print(sys.getrefcount(Base), sys.getrefcount(Point), sys.getrefcount(Other))
p = Other(1, 2)
print(sys.getrefcount(Other), p)
del Point
print(sys.getrefcount(Base))
print(gc.collect(), sys.getrefcount(Base))
del p, Other
print(gc.collect(), sys.getrefcount(Base), gc.get_count())
