# Freeing an instance lowers generation 0's count by one.
import gc
class P:
    pass
gc.collect()
a = gc.get_count()
p = P()
q = P()
b = gc.get_count()
del p, q
c = gc.get_count()
print(a, b, c)
