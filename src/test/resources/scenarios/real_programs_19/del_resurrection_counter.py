# An object whose __del__ stores itself somewhere survives. CPython calls
# __del__ only once per object, even if it later dies again.
import gc

crypt = []


class Zombie:
    def __init__(self, tag):
        self.tag = tag
        self.revivals = 0

    def __del__(self):
        self.revivals += 1
        print("finalizing", self.tag, "- time number", self.revivals)
        if self.revivals < 3:
            crypt.append(self)


z = Zombie("walker")
del z
print("in the crypt:", [x.tag for x in crypt])
back = crypt.pop()
print("revived, revivals so far:", back.revivals)
del back
print("crypt now holds", len(crypt), "(no second __del__)")

# Same in a cycle: finalizer runs once, object resurrected, the cycle is
# freed by a later collection without calling __del__ again.
loop = Zombie("looped")
loop.partner = loop
del loop
print("collect:", gc.collect())
print("crypt:", [x.tag for x in crypt])
crypt.clear()
print("collect again:", gc.collect())
print("done")
