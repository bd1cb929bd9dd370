import gc, sys

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

gc.collect()
a = Node("a")
b = Node("b")
a.next = b
b.next = a
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("unreachable:", gc.collect())
ring = [Node(str(i)) for i in range(4)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 4]
del ring, n
print("unreachable:", gc.collect())
