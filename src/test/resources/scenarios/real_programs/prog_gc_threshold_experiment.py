# experimenting with gc thresholds
import gc

gc.collect()
old = gc.get_threshold()
gc.set_threshold(5, 2, 2)
print(gc.get_threshold())
collections_seen = []
def cb(phase, info):
    if phase == "start":
        collections_seen.append(info["generation"])
gc.callbacks.append(cb)
class Blob:
    pass
keep = []
for i in range(30):
    keep.append(Blob())
gc.callbacks.remove(cb)
print(len(collections_seen) > 0, sorted(set(collections_seen)))
gc.set_threshold(*old)
print(gc.get_threshold())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
