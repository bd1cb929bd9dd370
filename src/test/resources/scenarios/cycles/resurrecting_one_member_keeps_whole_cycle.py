# If one finalizer resurrects its object, the whole cycle it reaches stays alive and nothing is freed.
import gc
gc.collect()
saved = []
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
        if self.name == "b":
            saved.append(self)
a = T("a")
b = T("b")
a.peer = b
b.peer = a
del a, b
print("collected", gc.collect())
print("alive", saved[0].name, saved[0].peer.name)
