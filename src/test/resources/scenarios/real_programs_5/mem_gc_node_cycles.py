import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def link(self, other):
        self.links.append(other)
        other.links.append(self)

gc.collect()

def make_ring(n):
    nodes = [Node(f"n{i}") for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.link(b)
    return nodes[0]

head = make_ring(5)
print("ring head has", len(head.links), "links")
del head
print("collected after dropping a ring of 5:", gc.collect())

pairs = []
for i in range(3):
    a, b = Node("a"), Node("b")
    a.link(b)
    pairs.append(a)
del a, b
pairs.clear()
print("three linked pairs:", gc.collect())

solo = Node("solo")
solo.links.append(solo)
del solo
print("self loop:", gc.collect())

plain = [Node(str(i)) for i in range(4)]
del plain
print("no cycles, freed by refcounting:", gc.collect())

d = {}
d["self"] = d
del d
print("dict that holds itself:", gc.collect())
l = []
l.append(l)
t = (l,)
l.append(t)
del l, t
print("list and tuple:", gc.collect())
