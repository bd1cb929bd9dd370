import gc
import weakref

class Vertex:
    alive = 0
    def __init__(self, name):
        self.name = name
        self.edges = []
        Vertex.alive += 1
    def connect(self, other):
        self.edges.append(other)
        other.edges.append(self)
    def __del__(self):
        Vertex.alive -= 1

def build(names):
    verts = {n: Vertex(n) for n in names}
    pairs = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]
    for x, y in pairs:
        verts[x].connect(verts[y])
    return verts

def bfs(start):
    seen, order, queue = {start.name}, [], [start]
    while queue:
        v = queue.pop(0)
        order.append(v.name)
        for w in v.edges:
            if w.name not in seen:
                seen.add(w.name)
                queue.append(w)
    return order

gc.collect()
g = build("abcd")
print(bfs(g["a"]), Vertex.alive)
probe = weakref.ref(g["d"])
del g
print("after del:", Vertex.alive, probe() is not None)
found = gc.collect()
print("collected:", found, "alive:", Vertex.alive, probe())
