import gc

class Noisy:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        print("del", self.name, "ref is", self.ref.name if self.ref else None)

gc.collect()
print("-- refcount frees a chain front to back")
a = Noisy("a"); a.ref = Noisy("b"); a.ref.ref = Noisy("c")
del a
print("-- a cycle waits for gc")
x = Noisy("x"); y = Noisy("y")
x.ref, y.ref = y, x
del x, y
print("before collect")
n = gc.collect()
print("collect returned", n)
print("-- a list frees its items in order")
items = [Noisy(str(i)) for i in range(3)]
del items
print("done")
