import gc

gc.collect()
print(gc.get_count())
a = []
print(gc.get_count())
b = [[] for _ in range(5)]
print(gc.get_count())
del a
print(gc.get_count())
c = {"k": 1}
d = (1, 2)
e = "string"
print(gc.get_count())
class K:
    pass
print(gc.get_count())
k = K()
print(gc.get_count())
gc.collect()
print(gc.get_count())
