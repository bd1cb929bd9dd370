import gc

class Link:
    def __init__(self, label):
        self.label = label
        self.next = None

def ring(n, tag):
    nodes = [Link(f"{tag}{i}") for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes[0]

gc.collect()
gc.disable()
r1 = ring(3, "a")
r2 = ring(4, "b")
print("count with two rings:", gc.get_count())
del r1
print("gen0 collect after dropping ring a:", gc.collect(0))
r3 = ring(2, "c")
gc.collect(0)
del r2
print("ring b is in gen1 now; collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
del r3
print("collect(2):", gc.collect(2))
stats = gc.get_stats()
print([s["collections"] > 0 for s in stats])
print("uncollectable:", sum(s["uncollectable"] for s in stats))
gc.enable()
