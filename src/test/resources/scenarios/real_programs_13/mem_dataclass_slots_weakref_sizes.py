import sys
import weakref
from dataclasses import dataclass, field

@dataclass
class Loose:
    name: str
    tags: list = field(default_factory=list)

@dataclass(slots=True)
class Tight:
    name: str
    tags: list = field(default_factory=list)

@dataclass(slots=True, weakref_slot=True)
class TightWeak:
    name: str

a = Loose("a")
b = Tight("b")
c = TightWeak("c")
print("loose:", sys.getsizeof(a), "tight:", sys.getsizeof(b), "tight+weak:", sys.getsizeof(c))
print("slots:", Tight.__slots__, TightWeak.__slots__)
try:
    weakref.ref(b)
except TypeError as e:
    print("TypeError:", e)
r = weakref.ref(c)
print("weak ok:", r().name)
a.tags.append("x")
print(a, b)
print("fresh default lists:", Loose("z").tags is not a.tags)
