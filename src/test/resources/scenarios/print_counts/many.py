import gc
gc.collect()
counts = []
for i in range(30):
    print(i, i * i)
    counts.append(gc.get_count())
print(counts)
