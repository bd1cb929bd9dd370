# References to dataclass classes: a frozen class's __setattr__ and __delattr__ hold it in their
# closures; slots=True hands out the second class; instances hold their class.
import gc
import sys
from dataclasses import dataclass

@dataclass
class Plain:
    x: int

@dataclass(frozen=True)
class Frozen:
    x: int

@dataclass(unsafe_hash=True)
class Hashed:
    x: int

@dataclass(slots=True)
class Slim:
    x: int

@dataclass(slots=True, frozen=True)
class SlimFrozen:
    x: int

print(sys.getrefcount(Plain), sys.getrefcount(Frozen), sys.getrefcount(Hashed))
print(sys.getrefcount(Slim), sys.getrefcount(SlimFrozen))
items = [Frozen(i) for i in range(5)]
print(sys.getrefcount(Frozen), sys.getrefcount(items[0]))
print(gc.collect())
del items
print(sys.getrefcount(Frozen), gc.collect())
