# With several weak references, CPython holds each one that has a callback
# while the callbacks run, newest first, then lets the callbacks go in reverse.
import gc, sys, weakref

class Token:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print(self.label, "released")

def watcher(label):
    token = Token(label)
    def told(ref, token=token):
        print(token.label, "told; refs to the ref:", sys.getrefcount(ref),
              "plain ref held:", sys.getrefcount(plain))
    return told

class Thing:
    pass

gc.collect()
u = Thing()
plain = weakref.ref(u)
r2 = weakref.ref(u, watcher("second"))
r3 = weakref.ref(u, watcher("third"))
p = weakref.proxy(u)
print(weakref.getweakrefcount(u), sys.getrefcount(plain), sys.getrefcount(r2))
gc.collect()
print(gc.get_count())
del u
print("after del:", gc.get_count(), sys.getrefcount(plain), sys.getrefcount(r2))
