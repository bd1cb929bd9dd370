import weakref

class Resource:
    """Something worth caching weakly (a connection, a file)."""
    kind = "resource"
    __repr__ = lambda self: f"{type(self).__name__}({self.name!r})"

    def __init__(self, name):
        self.name = name

r = Resource("db")
print(weakref.getweakrefcount(r), weakref.getweakrefs(r))
w1 = weakref.ref(r)
w2 = weakref.ref(r)
print("plain refs are shared:", w1 is w2)
w3 = weakref.ref(r, lambda ref: print("callback for dead ref"))
print(weakref.getweakrefcount(r), w1 is w3)
p = weakref.proxy(r)
print(weakref.getweakrefcount(r))
print(p.name, len(weakref.getweakrefs(r)))
del w3
print(weakref.getweakrefcount(r))
del r
print(w1(), weakref.getweakrefcount(w1))
