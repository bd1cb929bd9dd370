import gc

class Leaky:
    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __repr__(self):
        return f"Leaky({self.tag!r})"

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
for tag in ("a", "b", "c"):
    Leaky(tag)
found = gc.collect()
print("collect found", found)
print("garbage length", len(gc.garbage))
leaks = sorted((o for o in gc.garbage if isinstance(o, Leaky)), key=lambda o: o.tag)
print("leaked instances:", leaks)
print("types:", sorted({type(o).__name__ for o in gc.garbage}))
gc.garbage.clear()
del leaks
gc.set_debug(0)
print("debug flags", gc.get_debug())
x = Leaky("d")
del x
print("without SAVEALL:", gc.collect(), len(gc.garbage))
