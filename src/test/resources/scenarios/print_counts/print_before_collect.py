import gc
print("hello", [1, 2])
gc.collect()
a = gc.get_count()
print("world")
b = gc.get_count()
print((1, 2), {"k": 1})
c = gc.get_count()
print(a, b, c)
