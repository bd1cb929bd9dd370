# gc.collect(1) clears generations 0 and 1 and adds one to generation 2's count.
import gc
gc.collect()
gc.collect(0)
gc.collect(0)
gc.collect(1)
c = gc.get_count()
print(c[1], c[2])
