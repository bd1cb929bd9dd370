import gc

survivors = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.lives = 2
    def __del__(self):
        self.lives -= 1
        print(f"{self.name}.__del__ (lives left {self.lives})")
        if self.lives > 0:
            survivors.append(self)

p = Phoenix("fawkes")
del p
print("survivors:", [s.name for s in survivors])
p = survivors.pop()
del p
print("survivors:", survivors)
q = Phoenix("cyc")
q.self = q
del q
print("collect:", gc.collect())
print([s.name for s in survivors])
survivors.clear()
print("collect again:", gc.collect())
