import gc
gc.collect()
a = gc.get_count()
r = repr([1, [2, [3, [4]]]])
b = gc.get_count()
r2 = repr({"a": {"b": (1, 2)}})
c = gc.get_count()
x = []
x.append(x)
r3 = repr(x)
d = gc.get_count()
print(r, r2, r3)
print(a, b, c, d)
