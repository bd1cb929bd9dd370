# gc.is_finalized tells whether the collector already ran an object's
# __del__; a resurrected object keeps that mark.
import gc

saved = []


class Zombie:
    def __init__(self, name):
        self.name = name
        self.self_ref = self

    def __del__(self):
        print("finalizing", self.name)
        saved.append(self)


gc.collect()
z = Zombie("z1")
print("before:", gc.is_finalized(z))
del z
print("collected:", gc.collect())
z = saved.pop()
print("after resurrection:", gc.is_finalized(z), z.name)
del z
print("collected again:", gc.collect())
print("saved:", len(saved))
x = Zombie("x")
x.self_ref = None
print("no cycle, finalized?", gc.is_finalized(x))
del x
print("saved:", [s.name for s in saved])
saved.clear()
