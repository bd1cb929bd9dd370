# Reprs of recursive containers show [...] and {...}; the structure is collected afterwards.
import gc
gc.collect()
a = [1]
d = {"list": a}
a.append(d)
a.append(a)
print(a)
print(d)
del a, d
print("collected", gc.collect())
