import gc

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.lives = 0
    def __del__(self):
        self.lives += 1
        print(f"__del__ for {self.name}, call {self.lives}")
        if self.lives == 1:
            graveyard.append(self)

p = Phoenix("fawkes")
del p
print("in graveyard:", [x.name for x in graveyard])
revived = graveyard.pop()
print("revived lives:", revived.lives)
del revived
print("second death printed nothing more")

q = Phoenix("cycle")
q.self_ref = q
del q
print("collected:", gc.collect())
print("graveyard now:", [x.name for x in graveyard])
graveyard.clear()
print("collected again:", gc.collect())
print("done")
