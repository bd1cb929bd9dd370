import weakref
import gc

class ExpensiveObject:
    created = 0
    def __init__(self, key):
        ExpensiveObject.created += 1
        self.key = key
    def __del__(self):
        print(f"  freeing {self.key}")

class Cache:
    def __init__(self):
        self._refs = {}
    def get(self, key):
        ref = self._refs.get(key)
        obj = ref() if ref else None
        if obj is None:
            obj = ExpensiveObject(key)
            self._refs[key] = weakref.ref(obj, lambda r, k=key: self._refs.pop(k, None))
        return obj
    def __len__(self):
        return len(self._refs)

cache = Cache()
a = cache.get("a")
a2 = cache.get("a")
b = cache.get("b")
print(a is a2, ExpensiveObject.created, len(cache))
del a
print("dropped one name:", len(cache))
del a2
print("dropped both:", len(cache))
b = None
print("entries:", len(cache), "created:", ExpensiveObject.created)
c = cache.get("a")
print(ExpensiveObject.created)
