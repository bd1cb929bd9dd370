import gc
import sys
import weakref


class Tracked:
    live = 0

    def __init__(self, label):
        self.label = label
        Tracked.live += 1

    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__

    def __get__(self, obj, objtype=None):
        return self if obj is None else f"{self.label} of {type(obj).__name__}"

    def __del__(self):
        Tracked.live -= 1
        print("freed", self.label)


def build():
    class Widget:
        color = Tracked("color")
        size = Tracked("size")

    return Widget


W = build()
w = W()
print(w.color, w.size, Tracked.live)
probe = weakref.ref(W.color)
print(sys.getrefcount(W.color), probe() is W.color)
del w
del W
print("before collect", Tracked.live, probe() is None)
print("collected", gc.collect())
print("after collect", Tracked.live, probe() is None)
print(gc.get_count())
