# A default is one object shared by the class attribute, __init__'s defaults and the field;
# default_factory makes a new object per instance and removes the class attribute.
import sys
from dataclasses import dataclass, field

class Marker:
    def __repr__(self):
        return "MARK"

SENTINEL = Marker()

@dataclass
class Config:
    name: str
    marker: object = SENTINEL
    tags: list = field(default_factory=list)
    opts: dict = field(default_factory=dict, repr=False)

print(sys.getrefcount(SENTINEL))
a = Config("a")
b = Config("b", tags=["x"])
print(a, b, a.tags is not Config("c").tags, a.marker is SENTINEL, hasattr(Config, "tags"), Config.marker is SENTINEL)
print(sys.getrefcount(SENTINEL), sys.getsizeof(a.tags), sys.getsizeof(b.tags), sys.getsizeof(a.opts))
shared = []
c = Config("c", tags=shared)
print(c.tags is shared, sys.getrefcount(shared))
del a, b, c
print(sys.getrefcount(SENTINEL), sys.getrefcount(shared))
