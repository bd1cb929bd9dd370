import weakref
import gc

# test_weakref: check_basic_ref / test_weak_values (script form)
class Object:
    def __init__(self, arg):
        self.arg = arg
    def __repr__(self):
        return f"<Object {self.arg!r}>"
    def __eq__(self, other):
        return isinstance(other, Object) and self.arg == other.arg
    def __hash__(self):
        return hash(self.arg)

def make_weak_valued_dict():
    d = weakref.WeakValueDictionary()
    objects = list(map(Object, range(10)))
    for o in objects:
        d[o.arg] = o
    return d, objects

d, objects = make_weak_valued_dict()
for o in objects:
    assert weakref.getweakrefcount(o) == 1
    assert o is d[o.arg]
print("len:", len(d), "items match:", sorted(d.keys()) == list(range(10)))
items1 = sorted(d.items(), key=lambda kv: kv[0])
print(items1[:3])
del objects, o
gc.collect()
print("after deleting objects:", len(d))
d[1] = Object(1)
print("a value nobody else holds is gone at once:", len(d), 1 in d)
try:
    d[1]
except KeyError as e:
    print("KeyError:", e)
