# Finalizers in a garbage cycle run before anything is cleared, so each still sees its peer.
import gc
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees", self.peer.name)
a = T("a")
b = T("b")
a.peer = b
b.peer = a
del a, b
gc.collect()
print("done")
