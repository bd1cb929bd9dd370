# gc.freeze() moves every tracked object into a permanent generation the
# collector ignores; cycles made before it are not collected until unfreeze.
import gc
import weakref


class Cell:
    def __init__(self, n):
        self.n = n
        self.loop = self


gc.collect()
early = [Cell(i) for i in range(3)]
probes = [weakref.ref(c) for c in early]
gc.freeze()
del early
print("collected while frozen:", gc.collect())
print("alive:", sum(p() is not None for p in probes))
late = Cell(99)
late_probe = weakref.ref(late)
del late
print("new cycle collected:", gc.collect())
print("late alive:", late_probe() is not None)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("collected now:", gc.collect())
print("alive:", sum(p() is not None for p in probes))
