# Sets are always tracked, even empty ones; strings never are.
import gc
print(gc.is_tracked(set()))
print(gc.is_tracked({1, 2}))
print(gc.is_tracked("abc" * 3))
