import gc

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print(f"{self.name}: __del__ #{self.deaths}")
        if self.deaths < 2:
            graveyard.append(self)
            print(f"{self.name}: resurrected")

p = Phoenix("fawkes")
del p
print("graveyard:", [x.name for x in graveyard])
q = graveyard.pop()
print("popped", q.name, q.deaths)
del q
print("second death did not call __del__ again (PEP 442 calls it once)")

class CyclicPhoenix:
    def __init__(self):
        self.self_ref = self
    def __del__(self):
        print("cyclic __del__, saving myself")
        graveyard.append(self)

CyclicPhoenix()
print("collect 1:", gc.collect())
print("saved:", len(graveyard))
graveyard.clear()
print("collect 2:", gc.collect())
print("done")
