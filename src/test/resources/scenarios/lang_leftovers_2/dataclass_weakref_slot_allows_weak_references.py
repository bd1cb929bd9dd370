# dataclass(slots=True, weakref_slot=True) (new in 3.11) adds '__weakref__' after the fields: 8 bytes more, weak references and their callbacks work
import sys
import weakref
from dataclasses import dataclass


@dataclass(slots=True, weakref_slot=True)
class Node:
    name: str
    weight: int = 1


@dataclass(slots=True)
class Bare:
    name: str
    weight: int = 1


print(Node.__slots__, Bare.__slots__)
a, b = Node("a"), Bare("b")
print(sys.getsizeof(a), sys.getsizeof(b), a)
r = weakref.ref(a, lambda ref: print("callback, dead:", ref() is None))
print(r() is a, a.__weakref__ is r, weakref.getweakrefcount(a), sys.getrefcount(a))
for attempt in (lambda: weakref.ref(b), lambda: setattr(a, "extra", 1)):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
del a
print("after del", r())
