import gc

gc.collect()
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
before = [s["collections"] for s in stats]
gc.collect()
after = [s["collections"] for s in gc.get_stats()]
print([b - a for a, b in zip(before, after)])
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.set_debug(0)
print(gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.garbage)
