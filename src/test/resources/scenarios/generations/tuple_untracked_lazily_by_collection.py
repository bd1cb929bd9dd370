# A new tuple of atoms starts tracked; the next collection that examines it untracks it.
import gc
n = 5
t = (n, "x", 2.5)
print("new", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
