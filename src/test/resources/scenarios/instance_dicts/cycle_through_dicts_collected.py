# Two instances that point at each other: once their dicts exist, gc.collect() counts the dicts too.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
gc.collect()
a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
print(a.__dict__['name'], vars(b)['name'])
del a, b
print(gc.collect())
c = Node('c')
d = Node('d')
c.peer = d
d.peer = c
del c, d
print(gc.collect())
