import gc
gc.collect()
print(gc.get_freeze_count())
x = [[] for _ in range(3)]
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
