import gc
import sys
import weakref
from enum import Enum, IntEnum


class Status(Enum):
    ACTIVE = "active"
    BANNED = "banned"


class Tier(IntEnum):
    FREE = 0
    PRO = 1


class Account:
    def __init__(self, name, status, tier):
        self.name = name
        self.status = status
        self.tier = tier
        self.friends = []

    def __repr__(self):
        return f"Account({self.name!r}, {self.status.name}, {self.tier!r})"


def gone(ref):
    print("account collected")


print(sys.getrefcount(Status.ACTIVE), sys.getrefcount(Tier.PRO))
ann = Account("ann", Status.ACTIVE, Tier.PRO)
bob = Account("bob", Status.BANNED, Tier.FREE)
ann.friends.append(bob)
bob.friends.append(ann)
watch = weakref.ref(ann, gone)
print(ann.__weakref__ is watch, bob.__weakref__)
print(sys.getrefcount(Status.ACTIVE), sys.getrefcount(Tier.PRO))
registry = weakref.WeakValueDictionary()
registry[ann.name] = ann
registry[bob.name] = bob
print(sorted(registry.keys()), watch())
try:
    weakref.ref(Tier.PRO)
except TypeError as e:
    print("TypeError:", e)
print(Status.ACTIVE.__weakref__, hasattr(Tier.PRO, "__weakref__"))
status_ref = weakref.ref(Status.ACTIVE)
print(status_ref() is Status.ACTIVE, Status.ACTIVE.__weakref__ is status_ref)
del ann, bob
print("deleted", watch() is not None, len(registry))
print(gc.collect())
print(watch(), len(registry), sys.getrefcount(Status.ACTIVE), sys.getrefcount(Tier.PRO))
