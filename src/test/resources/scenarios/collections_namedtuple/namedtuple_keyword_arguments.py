# Fields can be passed by keyword, in any order.
from collections import namedtuple
Point3 = namedtuple("Point3", "x y z")
print(Point3(z=3, y=2, x=1))
print(Point3(1, z=3, y=2))
try:
    Point3(1, 2, x=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point3(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    Point3(1, w=2)
except TypeError as e:
    print("TypeError:", e)
