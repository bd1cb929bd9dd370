import weakref
import gc

class Listener:
    def __init__(self, name):
        self.name = name
        self.me = self
    def notify(self, msg):
        return f"{self.name} got {msg}"

listeners = weakref.WeakSet()
objs = [Listener(n) for n in ("a", "b", "c")]
for o in objs:
    listeners.add(o)
print("listening:", len(listeners))
print(sorted(l.notify("hi") for l in listeners))
del objs[0]
print("after del (cycle keeps it):", len(listeners))
gc.collect()
print("after collect:", len(listeners))
objs.clear()
print("before collect:", len(listeners))
print("collected:", gc.collect())
print("after:", len(listeners))
