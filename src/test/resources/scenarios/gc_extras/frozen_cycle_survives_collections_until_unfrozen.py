# a cycle frozen with gc.freeze() is invisible to every collection; gc.unfreeze() hands it back
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("freed", self.name)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
gc.collect()
gc.freeze()
del a, b
print("collected while frozen:", gc.collect())
gc.unfreeze()
print("collected after unfreeze:", gc.collect())
print("end")
