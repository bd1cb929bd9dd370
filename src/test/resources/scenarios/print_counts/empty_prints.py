import gc
gc.collect()
c = []
for i in range(5):
    print()
    c.append(gc.get_count())
print(c)
