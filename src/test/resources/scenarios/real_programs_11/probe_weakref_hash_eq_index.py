import gc
import sys
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  Item.__eq__ refcount of self:", sys.getrefcount(self))
        return isinstance(other, Item) and self.n == other.n
    def __hash__(self):
        print("  Item.__hash__ refcount of self:", sys.getrefcount(self))
        return hash(self.n)
    def __index__(self):
        return self.n
    def m(self):
        return self.n

a, b = Item(3), Item(3)
ra = weakref.ref(a, lambda r: None)
rb = weakref.ref(b)
print("ref == ref:", ra == rb)
print("same object, two refs:", weakref.ref(a) == ra)
print("hash(ref):", hash(ra) == hash(3))
print("second hash is cached:", hash(ra) == 3)
del a
print("dead ref keeps its hash:", hash(ra))
print("dead refs equal only to themselves:", ra == ra, ra == rb, ra != rb)
c = Item(4)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)

p = weakref.proxy(b)
print("proxy as index:", "abcdef"[p], [10, 20, 30, 40][p], list(range(10))[p:5])
print("range and hex:", list(range(p)), hex(p)[2:], bin(p))
q = weakref.proxy(Item)
class Plain:
    pass
pl = Plain()
pp = weakref.proxy(pl)
try:
    [1, 2][pp]
except TypeError as e:
    print("TypeError:", e)

m1 = weakref.WeakMethod(b.m)
m2 = weakref.WeakMethod(b.m)
print("WeakMethods equal:", m1 == m2, m1 != m2)
print("against a plain ref:", m1 == rb, rb == m1)
gc.collect()
base = gc.get_count()[0]
x = m1 == m2
print("gc count after the first comparison:", gc.get_count()[0] - base)
x = m1 != m2
print("after the second:", gc.get_count()[0] - base)
m3 = weakref.WeakMethod(pl.__init__) if False else None
d = weakref.WeakValueDictionary()
for key in (1, "k", (2, 3)):
    try:
        d[key]
    except KeyError as e:
        print("KeyError args:", e.args, "str:", e)
try:
    d.pop(7)
except KeyError as e:
    print("pop:", repr(e))
try:
    del d[8]
except KeyError as e:
    print("del:", repr(e))
del b
print("WeakMethod dead:", m1() is None, m1 == m2, m1 == m1)
