import gc
gc.collect()
print(gc.get_threshold())
print(gc.get_count())
objs = [[] for _ in range(10)]
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
