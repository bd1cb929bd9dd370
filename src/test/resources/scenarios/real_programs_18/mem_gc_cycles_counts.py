# Cycles that reference counting cannot free, and what gc.collect() returns.
import gc

class Player:
    """A player and the team-mates they pass to: passes go both ways."""

    def __init__(self, name):
        self.name = name
        self.passes_to = []

    def pair_with(self, mate):
        self.passes_to.append(mate)
        mate.passes_to.append(self)

gc.collect()
a, b = Player("Ann"), Player("Bob")
a.pair_with(b)
del a, b
print("two players:", gc.collect())

people = [Player(f"p{i}") for i in range(4)]
for i in range(4):
    people[i].pair_with(people[(i + 1) % 4])
del people
print("ring of four:", gc.collect())

lst = []
lst.append(lst)
del lst
print("self-list:", gc.collect())

d = {}
d["me"] = d
del d
print("self-dict:", gc.collect())

x = Player("solo")
del x
print("no cycle:", gc.collect())

gc.disable()
for _ in range(3):
    n = Player("n")
    n.passes_to.append(n)
print("enabled?", gc.isenabled())
del n
print("three self-passers:", gc.collect())
gc.enable()
print("enabled?", gc.isenabled())
print("nothing left:", gc.collect())
