import gc
gc.collect()
a = []
a.append(a)
d = {}
d["self"] = d
c0 = gc.get_count()
print(a, d)
c1 = gc.get_count()
print(c0, c1)
