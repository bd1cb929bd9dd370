import gc

old = gc.get_threshold()
print(old)
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.collect()
print(gc.get_count())
junk = [[] for _ in range(10)]
print(gc.get_count())
del junk
print(gc.get_count())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
