# A weak reference gives up its callback once the callback has run: a listener
# held only by its bound method goes right after it is told, not when the ref dies.
import gc, sys, weakref

class Listener:
    def __init__(self, name):
        self.name = name
    def on_gone(self, ref):
        print(self.name, "told; refs to the ref:", sys.getrefcount(ref), "dead:", ref() is None)
    def __del__(self):
        print(self.name, "freed")

class Thing:
    pass

gc.collect()
t = Thing()
r1 = weakref.ref(t, Listener("first").on_gone)
print("one ref, then del")
del t
print("after del, r1 is dead:", r1() is None, gc.get_count())
print("r1 still here:", sys.getrefcount(r1))
