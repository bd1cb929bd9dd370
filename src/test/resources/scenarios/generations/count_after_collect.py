# Right after gc.collect() all generation counts are zero (the tuple get_count returns is made afterwards).
import gc
gc.collect()
c = gc.get_count()
print(c)
