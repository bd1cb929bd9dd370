import weakref
import gc

# test_weakref: test_weak_keys
class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Key({self.name})"

d = weakref.WeakKeyDictionary()
keys = [Key(i) for i in range(5)]
for k in keys:
    d[k] = k.name * 10
print("len:", len(d))
print("values:", sorted(d.values()))
for k in keys:
    assert weakref.getweakrefcount(k) == 1
    assert d[k] == k.name * 10
k0 = keys[0]
print("contains:", k0 in d, Key(0) in d)
del keys
gc.collect()
print("one key still held:", len(d), list(d.keys()))
del k0
print("all gone:", len(d))
d2 = weakref.WeakKeyDictionary({Key("tmp"): 1})
print("temporary key:", len(d2))
