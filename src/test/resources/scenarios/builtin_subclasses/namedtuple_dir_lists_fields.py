# dir() of a namedtuple subclass lists the namedtuple class's dict: its fields and namedtuple's names.
from collections import namedtuple
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    def norm(self):
        return 1
class Open(namedtuple('Open', ['a', 'b'])):
    pass
print(dir(Point(1, 2)))
print(dir(Open(1, 2)))
print(dir(Point))
