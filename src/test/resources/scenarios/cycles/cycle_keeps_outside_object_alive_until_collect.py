# An object referenced by both a garbage cycle and a global survives the collection.
import gc
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
shared = T("shared")
ring = [shared]
ring.append(ring)
del ring
print("collected", gc.collect())
print("shared alive", shared.name)
