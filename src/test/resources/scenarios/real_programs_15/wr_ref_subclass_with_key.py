# Subclassing weakref.ref to carry extra data, as WeakValueDictionary
# does internally: the reference remembers the key it was stored under.
import weakref


class KeyedRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, obj, callback, key):
        self = super().__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)


class Store:
    def __init__(self):
        self.refs = {}
        self.removed = []

    def _gone(self, ref):
        self.removed.append(ref.key)
        del self.refs[ref.key]

    def put(self, key, obj):
        self.refs[key] = KeyedRef(obj, self._gone, key)

    def get(self, key):
        ref = self.refs.get(key)
        return None if ref is None else ref()


class Item:
    def __init__(self, label):
        self.label = label


store = Store()
items = [Item(f"item{i}") for i in range(4)]
for i, it in enumerate(items):
    store.put(i, it)
print(sorted(store.refs), store.get(2).label)
print(type(store.refs[0]).__name__, isinstance(store.refs[0], weakref.ref), store.refs[0].key)
del items[1:3]
print("removed:", store.removed, "left:", sorted(store.refs))
items.clear()
print("removed:", store.removed, "left:", sorted(store.refs))
