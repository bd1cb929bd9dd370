# DEBUG_SAVEALL keeps what the collector found in gc.garbage.
import gc


class Link:
    def __init__(self):
        self.other = None


gc.set_debug(gc.DEBUG_SAVEALL)
a = Link()
b = Link()
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
print("saved:", len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
