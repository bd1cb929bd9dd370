# A graph whose nodes point at each other (and back) is freed only by
# the cycle collector; a WeakValueDictionary registry shows when.
import gc
import weakref


class Vertex:
    registry = weakref.WeakValueDictionary()

    def __init__(self, name):
        self.name = name
        self.edges = []
        Vertex.registry[name] = self

    def connect(self, other):
        self.edges.append(other)
        other.edges.append(self)


def build():
    vs = {n: Vertex(n) for n in "ABCDE"}
    for a, b in ("AB", "BC", "CD", "DA", "AE"):
        vs[a].connect(vs[b])
    return vs["A"]


gc.collect()
gc.disable()
start = build()
print("registered:", sorted(Vertex.registry))
print("degree of A:", len(start.edges), [v.name for v in start.edges])
del start
print("after del:", sorted(Vertex.registry))
print("collected:", gc.collect())
print("after collect:", sorted(Vertex.registry))
gc.enable()
