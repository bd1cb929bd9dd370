import gc

gc.collect()
print("start:", gc.get_count())
a = []
print("one list:", gc.get_count())
b = [[] for _ in range(5)]
print("six lists:", gc.get_count())
c = (1, 2)
print("constant tuple:", gc.get_count())
d = {"k": 1}
print("dict:", gc.get_count())
e = "text" * 3
print("string (not tracked):", gc.get_count())
del a
print("freed one:", gc.get_count())
class K:
    pass
print("class statement:", gc.get_count())
k = K()
print("instance:", gc.get_count())
k.attr = 1
print("attribute:", gc.get_count())
f = lambda: None
print("lambda:", gc.get_count())
g = (x for x in b)
print("generator:", gc.get_count())
gc.collect(0)
print("after gen0 collection:", gc.get_count())
gc.collect(1)
print("after gen1 collection:", gc.get_count())
