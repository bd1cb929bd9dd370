import gc

class Leaky:
    def __init__(self, label):
        self.label = label
        self.me = self

    def __repr__(self):
        return f"Leaky({self.label!r})"

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
for label in ["alpha", "beta", "gamma"]:
    Leaky(label)

found = gc.collect()
print("unreachable found:", found)
print("garbage length:", len(gc.garbage))
leaks = [g for g in gc.garbage if isinstance(g, Leaky)]
print("leaky objects kept:", sorted(leaks, key=lambda o: o.label))
kinds = sorted({type(g).__name__ for g in gc.garbage})
print("kinds in garbage:", kinds)

gc.set_debug(0)
gc.garbage.clear()
print("garbage after clear:", gc.garbage)
print("debug flags now:", gc.get_debug())
del leaks
print("second collect:", gc.collect())
