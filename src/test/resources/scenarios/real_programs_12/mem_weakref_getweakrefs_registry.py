import weakref
import sys


class Doc:
    pass


doc = Doc()
r1 = weakref.ref(doc)
r2 = weakref.ref(doc)
print("same plain ref reused:", r1 is r2)
r3 = weakref.ref(doc, lambda r: print("callback r3"))
r4 = weakref.ref(doc, lambda r: print("callback r4"))
p = weakref.proxy(doc)
print(weakref.getweakrefcount(doc), len(weakref.getweakrefs(doc)))
print("doc refcount:", sys.getrefcount(doc))
print([type(w).__name__ for w in weakref.getweakrefs(doc)])
del r3
print(weakref.getweakrefcount(doc))
del doc
print("r1 dead:", r1() is None, r1 == r2)
print(weakref.getweakrefcount(Doc()))
