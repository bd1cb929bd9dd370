# A new tuple built at run time counts toward generation 0 like any container.
import gc
n = 4
gc.collect()
a = gc.get_count()
t = (n, n, n, n, n)
u = (t, n, n, n, n, n)
b = gc.get_count()
print(a, b)
