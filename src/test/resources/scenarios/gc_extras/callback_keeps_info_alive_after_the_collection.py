# a callback that stores the info dicts keeps them; each collection makes new ones
import gc
import sys
kept = []
def keep(phase, info):
    kept.append((phase, info))
gc.callbacks.append(keep)
gc.collect()
gc.collect(0)
gc.callbacks.remove(keep)
print(len(kept), [p for p, i in kept])
print([i["generation"] for p, i in kept], kept[0][1] is kept[1][1])
print(sys.getrefcount(kept[0][1]))
