# A cycle list -> tuple -> dict -> list is reclaimed as three objects.
import gc
gc.collect()
lst = []
d = {"back": lst}
t = (d, 1)
lst.append(t)
del lst, d, t
print("collected", gc.collect())
