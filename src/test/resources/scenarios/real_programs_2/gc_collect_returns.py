import gc
class Link:
    def __init__(self):
        self.next = None
gc.collect()
def make_ring(n):
    nodes = [Link() for _ in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
make_ring(4)
print(gc.collect())
make_ring(2)
l = []
l.append(l)
del l
print(gc.collect())
print(gc.collect())
