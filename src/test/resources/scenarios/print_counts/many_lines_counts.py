import gc
gc.collect()
total = 0
rows = []
for i in range(300):
    rows.append((i, str(i)))
    print(f"{i:5d} {i * i:8d} {'#' * (i % 30)}")
    if i % 50 == 0:
        print(gc.get_count())
print(gc.get_count())
