# title: Two objects that point at each other
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a
del b
print(gc.collect())
