# A dict that lost its only container value is untracked by the next collection.
import gc
d = {"a": []}
d["a"] = 1
print("before", gc.is_tracked(d))
gc.collect()
print("after", gc.is_tracked(d))
