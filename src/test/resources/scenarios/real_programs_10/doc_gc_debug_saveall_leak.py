import gc

class Leaky:
    def __init__(self, tag):
        self.tag = tag
        self.me = self

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug() == gc.DEBUG_SAVEALL)
for t in ("one", "two"):
    Leaky(t)
found = gc.collect()
print("found:", found)
kinds = sorted(type(o).__name__ for o in gc.garbage)
print("garbage kinds:", kinds)
print("tags:", sorted(o.tag for o in gc.garbage if isinstance(o, Leaky)))
gc.set_debug(0)
gc.garbage.clear()
print("cleared:", gc.garbage, gc.collect())
print("isenabled:", gc.isenabled())
