import gc

gc.collect()
before = gc.get_freeze_count()
class Keep:
    pass
keep = [Keep() for _ in range(10)]
gc.freeze()
print("frozen some:", gc.get_freeze_count() > before)
print("count after freeze:", gc.get_count())
junk = Keep(); junk.me = junk
del junk
print("collected while frozen:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collected after unfreeze:", gc.collect())
stats = gc.get_stats()
for gen, s in enumerate(stats):
    print(gen, sorted(s))
print(len(stats))
