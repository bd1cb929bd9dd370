import sys
from collections import namedtuple
from dataclasses import dataclass

PointNT = namedtuple("PointNT", "x y z")

@dataclass
class PointDC:
    x: int
    y: int
    z: int

@dataclass(slots=True)
class PointSlotDC:
    x: int
    y: int
    z: int

nt = PointNT(1, 2, 3)
dc = PointDC(1, 2, 3)
sd = PointSlotDC(1, 2, 3)
d = {"x": 1, "y": 2, "z": 3}
t = (1, 2, 3)
print("tuple:", sys.getsizeof(t))
print("namedtuple:", sys.getsizeof(nt))
print("dict:", sys.getsizeof(d))
print("dataclass:", sys.getsizeof(dc), "+", sys.getsizeof(dc.__dict__))
print("slots dataclass:", sys.getsizeof(sd))
print("namedtuple equals tuple:", nt == t)
print("dataclass eq:", dc == PointDC(1, 2, 3), sd == PointSlotDC(1, 2, 3))
print(nt._asdict(), nt._replace(z=9))
