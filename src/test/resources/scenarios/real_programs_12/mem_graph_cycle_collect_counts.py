import gc


class Vertex:
    def __init__(self, label):
        self.label = label
        self.edges = set()

    def link(self, other):
        self.edges.add(other)
        other.edges.add(self)


def build_clique(n):
    vs = [Vertex(i) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            vs[i].link(vs[j])
    return vs


gc.collect()
for n in (2, 3, 5):
    clique = build_clique(n)
    degree = [len(v.edges) for v in clique]
    del clique
    found = gc.collect()
    print(f"clique of {n}: degrees {degree}, collected {found}")

gc.disable()
leftover = build_clique(4)
print("count before:", gc.get_count()[0] > 0)
leftover = None
print("gen0 collect:", gc.collect(0))
print("full collect:", gc.collect())
gc.enable()
