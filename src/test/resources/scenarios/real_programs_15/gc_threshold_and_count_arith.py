# gc.get_count()[0] counts container allocations minus deallocations
# since the last collection of generation 0.
import gc

gc.collect()
c0 = gc.get_count()[0]
batch = [[] for _ in range(10)]
c1 = gc.get_count()[0]
print("ten lists and the outer list:", c1 - c0)
del batch
c2 = gc.get_count()[0]
print("after freeing them:", c2 - c0)
pairs = [(i, i) for i in range(5)]
print("five tuples and a list:", gc.get_count()[0] - c0)
strings = [str(i) for i in range(5)]
print("strings are not counted:", gc.get_count()[0] - c0)
print("thresholds:", gc.get_threshold())
gc.collect(0)
print("after collect(0):", gc.get_count())
