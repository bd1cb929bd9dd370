import sys, gc
from collections import OrderedDict

class Journal(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, sys.getrefcount(value))
        super().__setitem__(key, value)

entry = ["first"]
j = Journal()
got = j.setdefault("a", entry)
print(got is entry, sys.getrefcount(entry))
again = j.setdefault("a", ["other"])
print(again is entry, sys.getrefcount(entry))
j.setdefault("b", 0.5 + len(j))
c = j.copy()
print(type(c).__name__, list(c.items()), sys.getrefcount(entry))
del got, again, c
print(sys.getrefcount(entry), gc.collect())
