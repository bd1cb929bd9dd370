# An object whose __del__ brings it back is marked as finalized.
import gc

x = None


class Phoenix:
    def __del__(self):
        global x
        x = self


bird = Phoenix()
print("finalized before:", gc.is_finalized(bird))
del bird
print("finalized after:", gc.is_finalized(x))
print("came back:", type(x).__name__)
