# namedtuple classes match positionally by their fields (and as sequences); deques and ranges are sequences (unpacked by iteration).
from collections import namedtuple, deque
Pt = namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(a, b):
        print("namedtuple", a, b)
match Pt(3, 4):
    case Pt(y=y):
        print("keyword y", y)
match Pt(1, 2):
    case (a, b):
        print("as a sequence", a, b)
match deque([1, 2, 3]):
    case [a, *r]:
        print("deque", a, r)
match range(3):
    case [a, b, c]:
        print("range", a, b, c)
match range(10):
    case [first, *_, last]:
        print("range ends", first, last)
