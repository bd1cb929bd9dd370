# When an object's last reference goes, __del__ runs first (the weak
# reference still reaches the object), then the weak references are cleared
# and their callbacks and finalizers run, newest first.
import weakref


class Watched:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "| weakref still alive:", wr() is self)


w = Watched("w")
wr = weakref.ref(w, lambda r: print("callback: referent gone:", r() is None))
f = weakref.finalize(w, print, "finalize for w")
del w
print("end")
