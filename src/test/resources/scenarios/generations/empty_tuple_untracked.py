# The empty tuple is never tracked.
import gc
print(gc.is_tracked(()))
print(gc.is_tracked(tuple([])))
