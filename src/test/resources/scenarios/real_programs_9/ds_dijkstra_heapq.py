import heapq
from collections import defaultdict
from math import inf

graph = defaultdict(list)
for line in """a b 4
a c 2
b c 5
b d 10
c e 3
e d 4
d f 11
e f 20""".splitlines():
    u, v, w = line.split()
    graph[u].append((v, int(w)))
    graph[v].append((u, int(w)))


def dijkstra(src):
    dist = defaultdict(lambda: inf)
    dist[src] = 0
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev = dijkstra("a")
for node in sorted(graph):
    print(f"{node}: {dist[node]:>3}  via {' -> '.join(path(prev, node))}")
print(dist["zzz"], type(dist).__name__, len(dist))
