# With several weak references, CPython holds each (with or without a callback)
# while the callbacks run, newest first, then lets the callbacks go in reverse.
import gc, sys, weakref

class Listener:
    def __init__(self, name):
        self.name = name
    def on_gone(self, ref):
        print(self.name, "told; refs to the ref:", sys.getrefcount(ref),
              "plain ref held:", sys.getrefcount(plain))
    def __del__(self):
        print(self.name, "freed")

class Thing:
    pass

gc.collect()
u = Thing()
plain = weakref.ref(u)
r2 = weakref.ref(u, Listener("second").on_gone)
r3 = weakref.ref(u, Listener("third").on_gone)
p = weakref.proxy(u)
print(weakref.getweakrefcount(u), sys.getrefcount(plain), sys.getrefcount(r2))
gc.collect()
print(gc.get_count())
del u
print("after del:", gc.get_count(), sys.getrefcount(plain), sys.getrefcount(r2))
