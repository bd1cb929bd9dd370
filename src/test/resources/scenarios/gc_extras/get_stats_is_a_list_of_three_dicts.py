# gc.get_stats() is a new list of three new dicts with the same three keys
import gc
import sys
stats = gc.get_stats()
print(type(stats) is list, len(stats), [list(s) for s in stats])
print(stats is gc.get_stats(), sys.getrefcount(stats), sys.getrefcount(stats[0]))
print(gc.is_tracked(stats), gc.is_tracked(stats[1]))
