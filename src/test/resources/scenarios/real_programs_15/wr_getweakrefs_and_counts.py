# weakref.getweakrefcount and getweakrefs list what refers weakly to an
# object; proxies and refs are kept separately, and plain refs are shared.
import weakref


class Doc:
    pass


d = Doc()
print(weakref.getweakrefcount(d), weakref.getweakrefs(d))
r1 = weakref.ref(d)
r2 = weakref.ref(d)
print("plain refs shared:", r1 is r2, weakref.getweakrefcount(d))
cb = weakref.ref(d, lambda r: None)
print("with callback:", weakref.getweakrefcount(d))
p1 = weakref.proxy(d)
p2 = weakref.proxy(d)
print("plain proxies shared:", p1 is p2, weakref.getweakrefcount(d))
kinds = sorted(type(w).__name__ for w in weakref.getweakrefs(d))
print(kinds)
del cb
print("callback ref dropped:", weakref.getweakrefcount(d))
del r1, r2
print("plain refs dropped:", weakref.getweakrefcount(d))
del d
print("object gone:", weakref.getweakrefcount(p1) if False else "proxy dead")
