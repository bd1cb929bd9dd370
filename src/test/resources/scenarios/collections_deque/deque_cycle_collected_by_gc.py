# A deque that contains itself is a reference cycle: only the collector frees it.
import gc
from collections import deque
class Tag:
    def __del__(self):
        print("tag freed")
gc.collect()
d = deque([Tag()])
d.append(d)
print(len(gc.get_referents(d)), gc.is_tracked(d))
del d
print("deleted")
print("collected", gc.collect())
