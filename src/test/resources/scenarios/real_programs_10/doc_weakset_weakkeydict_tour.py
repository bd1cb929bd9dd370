import weakref
import gc

class Listener:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"L({self.name})"

listeners = weakref.WeakSet()
a, b, c = Listener("a"), Listener("b"), Listener("c")
for x in (a, b, c, a):
    listeners.add(x)
print(len(listeners), sorted(listeners, key=lambda l: l.name))
del b
print(len(listeners), a in listeners)
listeners.discard(c)
print(sorted(l.name for l in listeners))

meta = weakref.WeakKeyDictionary()
meta[a] = {"joined": 1}
meta[c] = {"joined": 2}
print(len(meta), meta[a], meta.get(Listener("z"), "none"))
del c
print(len(meta), [k.name for k in meta.keys()])
a.loop = a
del a
print("before collect:", len(meta), len(listeners))
print("collected:", gc.collect())
print("after collect:", len(meta), len(listeners))
