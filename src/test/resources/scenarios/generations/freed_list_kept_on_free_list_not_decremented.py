# A freed list goes to the list free list: the count does not drop, and reusing it does not raise it.
import gc
gc.collect()
a = gc.get_count()
x = [1]
y = [2]
b = gc.get_count()
del x, y
c = gc.get_count()
z = [3]
d = gc.get_count()
print(a, b, c, d)
