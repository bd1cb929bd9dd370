# gc.collect(0) clears generation 0's count and adds one to generation 1's count.
import gc
gc.collect()
gc.collect(0)
c = gc.get_count()
print(c[1], c[2])
gc.collect(0)
gc.collect(0)
c = gc.get_count()
print(c[1], c[2])
