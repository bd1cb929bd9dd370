import gc
t = "a\nb"
gc.collect()
c = [gc.get_count()]
r4 = t.splitlines(keepends=True); c.append(gc.get_count())
r5 = t.splitlines(keepends=False); c.append(gc.get_count())
print(r4, r5, c)
