# The star list is an ordinary tracked list: gc sees it as one more container.
import gc
gc.collect()
data = [[i] for i in range(4)]
first, *rest = data
print(gc.is_tracked(rest), len(gc.get_referents(rest)))
print(gc.collect())
