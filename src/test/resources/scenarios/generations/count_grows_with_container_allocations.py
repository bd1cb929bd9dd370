# Each new tracked container raises generation 0's count by one; the tuple a from get_count is one of them.
import gc
class P:
    pass
keep = []
gc.collect()
a = gc.get_count()
keep.append([])
keep.append({"k": []})
keep.append(P())
b = gc.get_count()
print(a, b)
