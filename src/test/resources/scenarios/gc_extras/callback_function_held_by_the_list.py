# gc.callbacks holds a reference to each callback: deleting the name does not free a callable instance
import gc
import sys
class Watcher:
    def __init__(self):
        self.calls = 0
    def __call__(self, phase, info):
        self.calls += 1
    def __del__(self):
        print("watcher freed")
w = Watcher()
gc.callbacks.append(w)
print(sys.getrefcount(w))
del w
gc.collect()
print("calls", gc.callbacks[0].calls)
gc.callbacks.pop()
print("end")
