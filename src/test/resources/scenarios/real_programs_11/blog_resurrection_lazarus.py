import gc

graveyard = []

class Lazarus:
    deaths = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Lazarus.deaths += 1
        print(f"{self.name} is dying (death #{Lazarus.deaths})")
        graveyard.append(self)

l = Lazarus("lazarus")
del l
print("graveyard holds:", [o.name for o in graveyard])
back = graveyard.pop()
print("resurrected:", back.name)
del back
print("deaths counted:", Lazarus.deaths)
print("graveyard:", graveyard)

c = Lazarus("cyclic")
c.self_ref = c
del c
gc.collect()
print("cyclic one came back:", [o.name for o in graveyard])
again = graveyard.pop()
again.self_ref = None
print("finalized?", gc.is_finalized(again))
del again
print("deaths:", Lazarus.deaths)
