# a method that names its own local class (Node(v, self)) closes over the class: class -> dict -> function -> cell -> class
import gc
def linked():
    class Node:
        def __init__(self, v, nxt=None):
            self.v = v
            self.nxt = nxt
        def push(self, v):
            return Node(v, self)
    return Node(1).push(2).push(3)
gc.collect()
n = linked()
print(n.v, n.nxt.v, n.nxt.nxt.v)
del n
print("collected", gc.collect())
