import gc
gc.collect()
c = [gc.get_count()]
print("a", flush=True); c.append(gc.get_count())
print("b"); c.append(gc.get_count())
print("c", flush=True); c.append(gc.get_count())
x = [1]
c.append(gc.get_count())
print(c)
