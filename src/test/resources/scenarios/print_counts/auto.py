import gc
gc.set_threshold(50, 10, 10)
gc.collect()
keep = []
for i in range(60):
    keep.append([i, i])
    if i % 7 == 0:
        print(i, gc.get_count())
print(gc.get_count())
