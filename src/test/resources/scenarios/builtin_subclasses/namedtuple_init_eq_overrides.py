# The subclass's own __init__ runs after the generated __new__; __eq__ with __hash__ = None makes it unhashable.
import weakref
from collections import namedtuple
class Point(namedtuple('Point', 'x y')):
    def __init__(self, x, y):
        self.total = x + y
    def __eq__(self, other):
        return self.total == getattr(other, 'total', None)
    __hash__ = None
p = Point(1, 2)
print(p.total, p == Point(2, 1), p == (1, 2), p.__dict__)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    weakref.ref(p)
except TypeError as e:
    print(e)
print(Point.__doc__)
print([n for n in dir(p) if not n.startswith('__')])
