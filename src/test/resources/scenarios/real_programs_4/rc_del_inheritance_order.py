import gc

class Base:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"Base.__del__ {self.name}")

class Child(Base):
    def __del__(self):
        print(f"Child.__del__ {self.name}")
        super().__del__()

class NoDel(Base):
    pass

c = Child("c")
n = NoDel("n")
del c
del n
objs = [Child("x"), Base("y")]
objs.reverse()
del objs
a = Child("cyc-a")
b = Base("cyc-b")
a.peer, b.peer = b, a
del a, b
print("collecting")
gc.collect()
print("done")
