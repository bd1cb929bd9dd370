import gc
gc.collect()
c = []
for i in range(12):
    print("y" * 1000)
    c.append(gc.get_count())
print(c)
