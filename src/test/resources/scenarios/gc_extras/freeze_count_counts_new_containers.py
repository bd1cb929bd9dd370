# the freeze count grows by the containers made since the last freeze; atoms are never tracked
import gc
earlier = []
gc.collect()
gc.freeze()
first = gc.get_freeze_count()
lists = [[1], [2], [3]]
text = "not tracked"
number = 12345
gc.freeze()
second = gc.get_freeze_count()
print(second - first)
gc.unfreeze()
print(gc.get_freeze_count())
