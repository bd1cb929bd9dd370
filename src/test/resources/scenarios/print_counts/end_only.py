import gc
gc.collect()
c = []
for i in range(10):
    print(i, end=" ")
    c.append(gc.get_count())
print()
print(c)
