# records: namedtuple and dataclass
from collections import namedtuple
from dataclasses import dataclass, field
import sys

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p._asdict())
print(p._replace(x=10), sys.getsizeof(p))

@dataclass
class Card:
    rank: str
    suit: str
    tags: list = field(default_factory=list)

c = Card("Q", "hearts")
c.tags.append("face")
print(c)
print(c == Card("Q", "hearts", ["face"]))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

print(sorted([Version(1, 2), Version(0, 9), Version(1)]))
print(Version(2) > Version(1, 5))
