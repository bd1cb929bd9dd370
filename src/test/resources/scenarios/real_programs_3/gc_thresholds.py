import gc

print(gc.get_threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
old = gc.get_threshold()
gc.set_threshold(1000, 20, 20)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
gc.collect()
print(gc.get_count())
x = [[] for _ in range(10)]
print(gc.get_count())
