import gc

graveyard = []

class Phoenix:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("phoenix", self.n, "burns")
        if self.n < 2:
            graveyard.append(self)

p = Phoenix(1)
del p
print("resurrected:", [x.n for x in graveyard])
q = graveyard.pop()
del q
print("second death prints nothing:", graveyard)
r = Phoenix(5)
r = None
c = Phoenix(0)
c.self = c
del c
gc.collect()
print("from a cycle:", len(graveyard))
graveyard.clear()
gc.collect()
print("end")
