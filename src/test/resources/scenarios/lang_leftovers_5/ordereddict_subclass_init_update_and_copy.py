# OrderedDict's own code on a subclass's instance: __init__, update and setdefault store each
# pair through the subclass's __setitem__ (PyObject_SetItem), copy() calls the class and reads
# through __getitem__, and repr names the subclass.
import sys
from collections import OrderedDict


class Logged(OrderedDict):
    counting = True

    def __setitem__(self, key, value):
        print("  set", key, sys.getrefcount(value) if self.counting else "")
        super().__setitem__(key, value)

    def __contains__(self, key):
        print("  contains", key)
        return super().__contains__(key)


box = [0]
src = {"x": box}
print("from a dict")
d = Logged(src)
print("update with pairs and keywords")
d.update([("y", [1])], z=[2])
print(d)
print("setdefault")
Logged.counting = False
print(d.setdefault("x", "?"), d.setdefault("w", [3]))
print("pop, popitem and clear call nothing")
print(d.pop("w"), d.popitem(last=False), d.popitem())
print(d, len(d))
d.clear()
print(d, bool(d), sys.getrefcount(box))
Logged.counting = True

print("copy")
Logged.counting = False
e = Logged(a=[1], b=[2])
f = e.copy()
print(type(f).__name__, f, f == e, f is e)


class Plain(OrderedDict):
    pass


p = Plain([("k", 1), ("l", 2)])
p.move_to_end("k")
print(p, p.copy(), list(reversed(p)), Plain() == OrderedDict())
print(Plain(k=1, l=2) == OrderedDict(k=1, l=2), Plain(k=1, l=2) == OrderedDict(l=2, k=1))
print(Plain(k=1, l=2) == {"l": 2, "k": 1})

print("errors")
for bad in ([("a", 1, 2)], [("a",)], 5):
    try:
        Logged(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    Logged({}, {})
except TypeError as err:
    print(err)
try:
    p.update({}, {})
except TypeError as err:
    print(err)


# A mapping read through keys() and __getitem__: a subclass that reorders while it is read.
class Reorders(OrderedDict):
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value


r = Reorders(a=1, b=2)
for make in (OrderedDict, Reorders):
    try:
        make(r)
    except RuntimeError as err:
        print(make.__name__, err, list(r))
