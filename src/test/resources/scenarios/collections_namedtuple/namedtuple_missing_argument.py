# Too few arguments raise the TypeError of the generated __new__.
from collections import namedtuple
Point = namedtuple("Point", "x y z")
try:
    Point(1)
except TypeError as e:
    print(e)
Point()
