# Two lists referencing each other are both collected: gc.collect() returns 2.
import gc
gc.collect()
a = [1]
b = [2]
a.append(b)
b.append(a)
del a, b
print("collected", gc.collect())
