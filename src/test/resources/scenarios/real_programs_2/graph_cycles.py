import gc
class Vertex:
    def __init__(self, label):
        self.label = label
        self.edges = []
    def connect(self, other):
        self.edges.append(other)
        other.edges.append(self)
gc.collect()
vs = [Vertex(i) for i in range(6)]
for i in range(6):
    vs[i].connect(vs[(i + 1) % 6])
print([len(v.edges) for v in vs])
def bfs(start):
    seen, queue, order = {start}, [start], []
    while queue:
        v = queue.pop(0)
        order.append(v.label)
        for w in v.edges:
            if w not in seen:
                seen.add(w)
                queue.append(w)
    return order
print(bfs(vs[0]))
del vs
print(gc.collect())
