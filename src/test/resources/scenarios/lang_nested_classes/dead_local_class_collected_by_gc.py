# the instance dies by refcount when its name goes, but its class lives on in a cycle with its own cluster until gc.collect()
import gc
def make():
    class Node:
        def __init__(self, v):
            self.v = v
        def __del__(self):
            print("node freed", self.v)
    return Node(3)
gc.collect()
n = make()
print("made")
del n
print("collected", gc.collect())
print("again", gc.collect())
