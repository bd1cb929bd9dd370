# __del__ in a cycle: PEP 442 lets gc collect it
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__", self.name)

gc.collect()
left, right = Node("left"), Node("right")
left.other, right.other = right, left
del left, right
print("before collect")
found = gc.collect()
print("found", found)
print(len(gc.garbage))

class Phoenix:
    saved = None
    def __del__(self):
        print("resurrecting")
        Phoenix.saved = self

p = Phoenix()
p.me = p
del p
print(gc.collect())
print(Phoenix.saved is not None)
Phoenix.saved = None
print(gc.collect())
