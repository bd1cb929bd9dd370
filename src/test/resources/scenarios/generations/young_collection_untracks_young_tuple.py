# gc.collect(0) also untracks a young tuple of atoms.
import gc
gc.collect()
n = 7
t = (n, n)
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
