# globals() itself allocates nothing
import gc

gc.collect()
g1 = globals()["gc"]
g2 = "gc" in globals()
print(gc.get_count())
globals()["made"] = [1, 2]
print(gc.get_count())
