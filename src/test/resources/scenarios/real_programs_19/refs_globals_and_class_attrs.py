# Module globals, class attributes and instance attributes each count as
# one reference; `global` inside a function adds none.
import sys

shared = []
base = sys.getrefcount(shared)


def use_global():
    global shared
    return sys.getrefcount(shared) - base


class Settings:
    default = shared


print("class attribute:", sys.getrefcount(shared) - base)
print("through global:", use_global())
s = Settings()
print("instance reads class attr (no new ref):", s.default is shared, sys.getrefcount(shared) - base)
s.own = shared
print("instance attr:", sys.getrefcount(shared) - base)
Settings.default = None
print("class attr replaced:", sys.getrefcount(shared) - base)
del s
print("instance gone:", sys.getrefcount(shared) - base)
print("seen through globals():", globals()["shared"] is shared, sys.getrefcount(shared) - base)
print("end:", sys.getrefcount(shared) - base)
