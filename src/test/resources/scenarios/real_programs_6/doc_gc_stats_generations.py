import gc

gc.collect()
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(1)
gc.collect(1)
gc.collect()
after = [s["collections"] for s in gc.get_stats()]
print([b - a for a, b in zip(before, after)])
print(sorted(gc.get_stats()[0].keys()))
class Cyc:
    pass
a = Cyc(); a.me = a
del a
gc.collect()
print(gc.get_stats()[2]["collected"] >= 1)
