# gc.is_finalized turns true once the collector has run an object's __del__.
import gc
class Phoenix:
    def __del__(self):
        global saved
        saved = self
        print("finalizing")
p = Phoenix()
p.me = p
print(gc.is_finalized(p))
del p
gc.collect()
print(gc.is_finalized(saved))
