from collections import defaultdict, deque
edges = [("a", "b"), ("b", "c"), ("a", "d"), ("d", "c"), ("c", "e")]
graph = defaultdict(list)
for u, v in edges:
    graph[u].append(v)
def topo(graph):
    indeg = defaultdict(int)
    for u in list(graph):
        for v in graph[u]:
            indeg[v] += 1
    nodes = sorted(set(graph) | set(indeg))
    q = deque(n for n in nodes if indeg[n] == 0)
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for v in graph[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return out
print(topo(graph))
print(dict(graph))
