# A weakref.ref subclass with its own __new__ (as Lib/weakref.py's KeyedRef), super().__repr__ and ==, and copying.
import copy
import gc
import sys
import weakref


class Entry:
    pass


class KeyRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Shown(weakref.ref):
    def __repr__(self):
        text = super().__repr__()
        return "Shown" + text[:8] + ("; dead>" if self() is None else "; alive>")

    def __eq__(self, other):
        print("comparing")
        return super().__eq__(other)

    __hash__ = weakref.ref.__hash__


def dropped(r):
    print("dropped key", r.key)


e = Entry()
gc.collect()
print(gc.get_count())
k = KeyRef(e, dropped, "alpha")
print(gc.get_count(), k.key, k() is e, sys.getrefcount(k))
s = Shown(e)
print(repr(s), s == weakref.ref(e), s != k)
print(s.__eq__(3))
try:
    copy.copy(s)
except TypeError as err:
    print("TypeError:", err)
try:
    copy.deepcopy([k])
except TypeError as err:
    print("TypeError:", err)
for bad in [(int, e), (Entry, e)]:
    try:
        weakref.ref.__new__(*bad)
    except TypeError as err:
        print("TypeError:", err)
del e, bad
print(repr(s), k())
