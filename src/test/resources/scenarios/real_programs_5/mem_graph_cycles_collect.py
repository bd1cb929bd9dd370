import gc

class Vertex:
    def __init__(self, key):
        self.key = key
        self.edges = {}

class Graph:
    def __init__(self):
        self.vertices = {}

    def add_edge(self, a, b, w=1):
        va = self.vertices.setdefault(a, Vertex(a))
        vb = self.vertices.setdefault(b, Vertex(b))
        va.edges[b] = (vb, w)
        vb.edges[a] = (va, w)

    def bfs(self, start):
        seen, order, queue = {start}, [], [start]
        while queue:
            k = queue.pop(0)
            order.append(k)
            for n in sorted(self.vertices[k].edges):
                if n not in seen:
                    seen.add(n)
                    queue.append(n)
        return order

    def dfs(self, start, seen=None):
        seen = seen if seen is not None else []
        seen.append(start)
        for n in sorted(self.vertices[start].edges):
            if n not in seen:
                self.dfs(n, seen)
        return seen

gc.collect()
g = Graph()
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7)]:
    g.add_edge(a, b)
print("bfs", g.bfs(1), "dfs", g.dfs(1), "other", g.bfs(6))
print("vertices", len(g.vertices))
v4 = g.vertices[4]
del g
print("graph gone, collected", gc.collect(), "(v4 keeps its component)")
print("v4 neighbours", sorted(v4.edges))
del v4
print("now", gc.collect())
