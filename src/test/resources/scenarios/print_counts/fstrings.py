import gc
gc.collect()
xs = [1, 2, 3]
d = {"a": xs}
a = gc.get_count()
print(f"{xs} and {d}")
b = gc.get_count()
print(f"{xs!r:>20}|{len(xs)}")
c = gc.get_count()
s = f"{d}"
e = gc.get_count()
print(a, b, c, e, s)
