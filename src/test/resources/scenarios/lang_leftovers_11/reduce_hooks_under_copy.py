# copy.copy and copy.deepcopy ask a class's __reduce_ex__ (or, through object.__reduce_ex__, its
# __reduce__) how to rebuild an instance.
import copy
import gc
import sys


class Point:
    def __init__(self, x, y):
        print("  init", x, y)
        self.x = x
        self.y = y

    def __reduce__(self):
        print("  reduce, refcount", sys.getrefcount(self))
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2, 3])
print("copy")
q = copy.copy(p)
print(q, q.y is p.y)
print("deepcopy")
r = copy.deepcopy(p)
print(r, r.y is p.y, r.y == p.y)

gc.collect()
before = gc.get_count()
q = copy.copy(p)
after = gc.get_count()
print("copy made", after[0] - before[0] - 1)
gc.collect()
before = gc.get_count()
r = copy.deepcopy(p)
after = gc.get_count()
print("deepcopy made", after[0] - before[0] - 1)


class Settings:
    def __init__(self):
        self.values = {"theme": "dark"}

    def __reduce_ex__(self, protocol):
        print("  reduce_ex", protocol, sys.getrefcount(self))
        return (Settings, (), {"values": self.values, "copied": True})


s = copy.copy(Settings())
print(sorted(vars(s)), s.values)
d = copy.deepcopy(Settings())
print(d.copied, d.values == s.values, d.values is s.values)


class Registry:
    instances = 0

    def __init__(self):
        Registry.instances += 1

    def __reduce__(self):
        return "REGISTRY"


only = Registry()
print(copy.copy(only) is only, copy.deepcopy(only) is only, Registry.instances)


class Ring:
    def __init__(self, items=None):
        self.items = items if items is not None else []

    def __reduce__(self):
        return (Ring, [], None, iter(self.items))

    def append(self, item):
        print("  append", item)
        self.items.append(item)


ring = Ring([1, [2]])
twin = copy.deepcopy(ring)
print(twin.items, twin.items[1] is ring.items[1])
shared = {"a": ring}
both = copy.deepcopy([shared, ring])
print(both[0]["a"] is both[1], both[1] is ring)


class Broken:
    def __reduce__(self):
        return (Broken,)


try:
    copy.copy(Broken())
except TypeError as err:
    print("TypeError:", err)
