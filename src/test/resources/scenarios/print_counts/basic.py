import gc
gc.collect()
print(gc.get_count())
xs = []
for i in range(60):
    xs.append([i, i])
print(gc.get_count())
print((1, 2))
print(gc.get_count())
print([1, 2], {"a": 1})
print(gc.get_count())
