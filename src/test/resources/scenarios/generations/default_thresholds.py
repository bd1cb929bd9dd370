# The default collection thresholds are 700, 10 and 10.
import gc
print(gc.get_threshold())
print(gc.isenabled())
