import gc

class Noisy:
    def __init__(self, name):
        self.name = name
        print(f"create {name}")
    def __del__(self):
        print(f"delete {self.name}")

def scope():
    local = Noisy("local")
    print("leaving scope")

scope()
x = Noisy("x")
x = Noisy("x2")
items = [Noisy(f"item{i}") for i in range(3)]
items.pop(1)
print("popped")
items = None
a = Noisy("a")
b = Noisy("b")
a.partner, b.partner = b, a
del a, b
print("cycle unreachable, collecting")
print("collected", gc.collect())
print("end")
