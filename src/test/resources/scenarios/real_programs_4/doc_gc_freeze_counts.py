import gc

gc.collect()
print("frozen:", gc.get_freeze_count())
junk = [[i] for i in range(10)]
gc.freeze()
print("frozen > 0:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print(gc.collect())
