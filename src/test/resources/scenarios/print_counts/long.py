import gc
gc.collect()
counts = []
for i in range(400):
    print("line", i, "x" * 40)
    if i % 20 == 0:
        counts.append(gc.get_count())
print(counts)
