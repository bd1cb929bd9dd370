# finding leaks with gc.DEBUG_SAVEALL
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Leaky:
    def __init__(self):
        self.me = self
for _ in range(3):
    Leaky()
n = gc.collect()
print("collected", n, "saved", len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
