# weakref.ref can be subclassed to carry extra data alongside the reference.
import weakref


class TrackedRef(weakref.ref):
    __slots__ = ("label", "hits")

    def __new__(cls, obj, label, callback=None):
        return super().__new__(cls, obj, callback)

    def __init__(self, obj, label, callback=None):
        super().__init__(obj, callback)
        self.label = label
        self.hits = 0

    def __call__(self):
        self.hits += 1
        return super().__call__()


class Doc:
    pass


dead = []
d = Doc()
r = TrackedRef(d, "report", lambda ref: dead.append(ref.label))
print(r() is d, r() is d, "hits:", r.hits)
print("label:", r.label)
print("is a ref:", isinstance(r, weakref.ref))
print("weakref count:", weakref.getweakrefcount(d))
del d
print("after death:", r(), "callbacks:", dead, "hits:", r.hits)
