import gc

# test_gc: test_get_count and test_collect_generations
gc.collect()
a, b, c = gc.get_count()
x = []
d, e, f = gc.get_count()
print("after collect:", (a, b, c))
print("one new list:", (d - a, e - b, f - c))
assert e == b and f == c
del x

gc.collect()
x = []
gc.collect(0)
a, b, c = gc.get_count()
gc.collect(1)
d, e, f = gc.get_count()
gc.collect(2)
g, h, i = gc.get_count()
print("after gen0:", (a, b, c))
print("after gen1:", (d, e, f))
print("after gen2:", (g, h, i))
