import gc

graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print(f"{self.name} dying (#{self.deaths})")
        if self.deaths < 2:
            graveyard.append(self)
            print(f"{self.name} resurrected")


p = Phoenix("fawkes")
del p
print("graveyard:", [x.name for x in graveyard])
q = graveyard.pop()
print("popped", q.name, q.deaths)
del q
print("second del done, graveyard", len(graveyard))


class Cyclic:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("finalizing", self.name)


c = Cyclic("loop")
del c
print("before collect")
print("collected", gc.collect())
print("garbage", gc.garbage)
