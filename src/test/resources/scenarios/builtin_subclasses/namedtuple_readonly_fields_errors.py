from collections import namedtuple

class Pixel(namedtuple('Pixel', 'x y')):
    __slots__ = ()

p = Pixel(1, 2)
for attempt in ('x', 'y', 'z'):
    try:
        setattr(p, attempt, 0)
    except AttributeError as e:
        print(attempt, 'AttributeError:', e)
try:
    p[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    print(p.color)
except AttributeError as e:
    print('AttributeError:', e)
try:
    Pixel(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
print(p)
