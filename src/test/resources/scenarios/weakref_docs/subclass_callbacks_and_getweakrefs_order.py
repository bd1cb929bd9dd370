# Where subclass instances sit in the referent's list, and the order their callbacks run in.
import sys
import weakref


class Item:
    def __init__(self, name):
        self.name = name


class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, label=""):
        super().__init__(ob, callback)
        self.label = label


def describe(r):
    return r.label if isinstance(r, NamedRef) else "plain"


def told(r):
    print("callback for", describe(r), "alive:", r() is not None, "refcount:", sys.getrefcount(r))


item = Item("lamp")
a = NamedRef(item, None, label="a (no callback)")
b = weakref.ref(item, told)
c = NamedRef(item, told, label="c")
basic = weakref.ref(item)
d = NamedRef(item, told, label="d")
proxy = weakref.proxy(item)
print([describe(r) if not isinstance(r, weakref.ProxyType) else "proxy" for r in weakref.getweakrefs(item)])
print(weakref.getweakrefcount(item))
print(item.__weakref__ is basic)
del item
print("after", a(), c(), d())
print(weakref.getweakrefs(a))
