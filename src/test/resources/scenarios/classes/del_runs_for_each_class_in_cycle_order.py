# Finalizers of instances in a cycle run during gc.collect(), before anything is cleared.
import gc
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name, self.peer.name)
class Engine(Part):
    pass
class Wheel(Part):
    pass
gc.collect()
e = Engine("engine")
w = Wheel("wheel")
e.peer = w
w.peer = e
del e, w
print("collected", gc.collect())
