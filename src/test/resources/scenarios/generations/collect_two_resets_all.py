# gc.collect(2) resets every generation's count.
import gc
gc.collect(1)
gc.collect(1)
gc.collect(2)
c = gc.get_count()
print(c[1], c[2])
