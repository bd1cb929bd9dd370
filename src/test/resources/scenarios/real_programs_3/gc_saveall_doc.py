import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)

a = []
b = [a]
a.append(b)
del a, b
n = gc.collect()
print(n, len(gc.garbage))
print(sorted(len(x) for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
