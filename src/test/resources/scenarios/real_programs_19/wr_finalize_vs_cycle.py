# finalize() works for objects in cycles too and never resurrects them.
import gc
import weakref


class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []


log = []
g1 = Graph("g1")
g2 = Graph("g2")
g1.edges.append(g2)
g2.edges.append(g1)
f1 = weakref.finalize(g1, log.append, "g1 finalized")
f2 = weakref.finalize(g2, log.append, "g2 finalized")
del g1, g2
print("before collect:", log)
print("collected:", gc.collect())
print("after collect:", sorted(log))
print("alive flags:", f1.alive, f2.alive)


def bad_callback_holds(obj):
    return obj


z = Graph("z")
f3 = weakref.finalize(z, print, "z is gone")
del z
print("done")
