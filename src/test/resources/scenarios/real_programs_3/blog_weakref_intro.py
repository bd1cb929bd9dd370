import sys
import weakref

class BigObject:
    def __init__(self, size):
        self.data = list(range(size))
    def __repr__(self):
        return f"BigObject({len(self.data)})"

obj = BigObject(10)
print("refcount:", sys.getrefcount(obj))
weak = weakref.ref(obj)
print("refcount with weakref:", sys.getrefcount(obj))
strong = weak()
print("refcount after deref:", sys.getrefcount(obj))
del strong
print(type(weak).__name__, "alive" if weak() is not None else "dead")
print(weakref.getweakrefcount(obj), len(weakref.getweakrefs(obj)))
del obj
print(weak() is None)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
class WeakList(list):
    pass
wl = WeakList([1, 2])
r = weakref.ref(wl)
print(r() == [1, 2])
