import gc
from collections import deque


class Vertex:
    def __init__(self, label):
        self.label = label
        self.edges = []

    def connect(self, other):
        self.edges.append(other)
        other.edges.append(self)

    def __repr__(self):
        return self.label


def bfs(start):
    seen = {start.label: 0}
    order = []
    queue = deque([start])
    while queue:
        v = queue.popleft()
        order.append(v.label)
        for w in v.edges:
            if w.label not in seen:
                seen[w.label] = seen[v.label] + 1
                queue.append(w)
    return order, seen


gc.collect()
vs = {name: Vertex(name) for name in "ABCDEF"}
for a, b in ["AB", "AC", "BD", "CD", "DE", "EF"]:
    vs[a].connect(vs[b])
order, dist = bfs(vs["A"])
print("bfs:", order)
print("distances:", dist)
print("degrees:", {k: len(v.edges) for k, v in sorted(vs.items())})
print("collect while held:", gc.collect())
del vs
print("collect after del:", gc.collect())
print("count:", gc.get_count())
