# A dataclass made in a function dies with everything dataclasses made for it: its Field objects,
# the params object, __repr__'s recursion-guard wrapper, the closures of a frozen class's methods
# and of an __init__ that calls factories; gc.collect() counts them all.
import gc
from dataclasses import dataclass, field, KW_ONLY

def plain():
    @dataclass
    class P:
        x: int
        y: int = 0
    return P

def frozen():
    @dataclass(frozen=True)
    class F:
        x: int
        y: str = "a"
    return F

def ordered_with_factory():
    @dataclass(order=True)
    class O:
        x: int
        tags: list = field(default_factory=list)
    return O

def own_repr():
    @dataclass(unsafe_hash=True)
    class H:
        x: int
        def __repr__(self):
            return "H"
    return H

def slotted():
    @dataclass(slots=True)
    class S:
        x: int
    return S

def keyword_only():
    @dataclass(kw_only=True)
    class K:
        x: int = 0
    return K

def marker():
    @dataclass
    class M:
        x: int
        _: KW_ONLY
        y: int = 0
    return M

def documented():
    @dataclass
    class D:
        """A documented record."""
        x: int
    return D

for make in (plain, frozen, ordered_with_factory, own_repr, slotted, keyword_only, marker, documented):
    gc.collect()
    cls = make()
    obj = cls(x=1)
    del cls, obj
    print(make.__name__, gc.collect())
