# Per-object metadata and caches kept in weak dictionaries: setdefault, pop and WeakSet.pop.
import gc
import sys
import weakref

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Item({self.name})"

a, b, c = Item("a"), Item("b"), Item("c")
meta = weakref.WeakKeyDictionary()
print(meta.setdefault(a, []), len(meta))
meta.setdefault(a, []).append(1)
meta.setdefault(b, {}).update(x=1)
print(meta[a], meta[b], sys.getrefcount(meta[a]))
print(meta.setdefault(c), meta[c])
print(meta.pop(c), len(meta), meta.pop(c, "gone"))
try:
    meta.pop(c)
except KeyError:
    print("KeyError")
try:
    meta.pop("text", None)
except TypeError as e:
    print("TypeError:", e)
x = meta.pop(a)
print(x, len(meta), sys.getrefcount(x))
cache = weakref.WeakValueDictionary()
print(cache.setdefault("k", a) is a, cache.setdefault("k", b) is a, len(cache))
print(cache.pop("k") is a, len(cache), cache.pop("k", 0))
try:
    cache.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    cache.setdefault("n")
except TypeError as e:
    print("TypeError:", e)
s = weakref.WeakSet([a])
print(s.pop() is a, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.setdefault(a)
except AttributeError as e:
    print("AttributeError:", e)
gc.collect()
d = {}
meta[b] = d
print(sys.getrefcount(d))
del b
print(sys.getrefcount(d), len(meta))
