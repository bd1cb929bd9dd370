import gc
gc.collect()
d = {"a": 1, "b": 2}
c = [gc.get_count()]
print({3, 4}); c.append(gc.get_count())
print(d.keys()); c.append(gc.get_count())
print(d.values()); c.append(gc.get_count())
print(d.items()); c.append(gc.get_count())
print(frozenset()); c.append(gc.get_count())
print(c)
