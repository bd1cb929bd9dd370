import gc

graveyard = []


class Phoenix:
    rebirths = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        if Phoenix.rebirths < 2:
            Phoenix.rebirths += 1
            print(f"{self.name} rises again ({Phoenix.rebirths})")
            graveyard.append(self)
        else:
            print(f"{self.name} stays dead")


p = Phoenix("fawkes")
del p
print("graveyard:", len(graveyard))
p = graveyard.pop()
del p
print("graveyard:", len(graveyard))
print("__del__ ran only once per object:", len(graveyard))

q = Phoenix("ring")
q.me = q
del q
print("collect:", gc.collect())
print("rebirths:", Phoenix.rebirths, len(graveyard))
print(gc.is_finalized(graveyard[0]) if graveyard else None)
