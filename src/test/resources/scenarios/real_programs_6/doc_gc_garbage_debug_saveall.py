import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Pair:
    pass
a = Pair(); b = Pair()
a.other = b; b.other = a
del a, b
n = gc.collect()
print(n, len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
print(gc.get_debug())
