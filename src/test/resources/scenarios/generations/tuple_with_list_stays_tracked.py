# A tuple holding a list stays tracked after a collection.
import gc
t = ([], 1)
gc.collect()
print(gc.is_tracked(t))
t[0].append(1)
print(t)
