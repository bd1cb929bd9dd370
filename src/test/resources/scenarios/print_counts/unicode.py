import gc
gc.collect()
c = []
for i in range(5):
    print("héllo wörld ✓ " * 200)
    c.append(gc.get_count())
print(c)
