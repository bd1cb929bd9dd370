# Class patterns read __match_args__ (the _fields tuple); tuple subclasses match sequence patterns.
from collections import namedtuple
class T(tuple):
    pass
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
for subject in (T((1, 2)), Point(3, 4), T((1, 2, 3)), Point(5, [6])):
    match subject:
        case (a, b):
            print('pair', a, b)
        case [first, *rest]:
            print('star', first, rest)
    match subject:
        case Point(x=0) | Point(0, _):
            print('zero')
        case Point(x, y=[*ys]):
            print('list y', x, ys)
        case Point(x, y):
            print('point', x, y)
        case _:
            print('other', subject)
