# A tuple can be part of a cycle through a list it contains.
import gc
gc.collect()
lst = []
t = (lst, 1)
lst.append(t)
del lst, t
print("collected", gc.collect())
