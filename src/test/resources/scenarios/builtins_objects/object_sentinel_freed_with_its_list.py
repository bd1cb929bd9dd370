# a list of fresh object()s frees them with the list; gc counts never include them
import gc
import sys
gc.collect()
before = gc.get_count()[0]
items = [object() for i in range(5)]
print(gc.get_count()[0] - before)
print([sys.getrefcount(x) for x in items])
print(len(gc.get_referents(items)), sum(1 for x in items if gc.is_tracked(x)))
del items
print(gc.collect())
