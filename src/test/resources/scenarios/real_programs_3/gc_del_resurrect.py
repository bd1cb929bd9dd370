import gc

survivors = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.self_ref = self
    def __del__(self):
        print("__del__", self.name)
        survivors.append(self)

p = Phoenix("fawkes")
del p
print("collected:", gc.collect())
print([s.name for s in survivors])
survivors.clear()
print("collected again:", gc.collect())
