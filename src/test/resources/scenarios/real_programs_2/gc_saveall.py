import gc
class Cell:
    def __init__(self, v):
        self.v = v
        self.me = self
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
for i in range(3):
    Cell(i)
n = gc.collect()
print(n, len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.v for o in gc.garbage if isinstance(o, Cell)))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
