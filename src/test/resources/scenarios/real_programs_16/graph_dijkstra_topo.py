# Weighted graphs: Dijkstra with heapq and path rebuild, Kahn's topological order of course prereqs.
import heapq
from collections import defaultdict, deque

roads = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]
graph = defaultdict(list)
for u, v, w in roads:
    graph[u].append((v, w))
    graph[v].append((u, w))


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    pops = 0
    while pq:
        d, u = heapq.heappop(pq)
        pops += 1
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev, pops


dist, prev, pops = dijkstra("A")
for node in sorted(dist):
    path, n = [], node
    while n != "A":
        path.append(n)
        n = prev[n]
    path.append("A")
    print(f"{node}: {dist[node]:>2} via {' > '.join(reversed(path))}")
print("heap pops:", pops)
prereqs = {
    "calc2": ["calc1"], "linalg": ["calc1"], "ml": ["linalg", "stats", "prog2"],
    "stats": ["calc2"], "prog2": ["prog1"], "calc1": [], "prog1": [], "thesis": ["ml"],
}
indeg = {c: 0 for c in prereqs}
after = defaultdict(list)
for course, needs in prereqs.items():
    for n in needs:
        after[n].append(course)
        indeg[course] += 1
ready = deque(sorted(c for c, d in indeg.items() if d == 0))
order, term = [], 0
while ready:
    term += 1
    this_term = list(ready)
    ready.clear()
    print(f"term {term}: {this_term}")
    for c in this_term:
        order.append(c)
        for nxt in sorted(after[c]):
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                ready.append(nxt)
print(len(order) == len(prereqs), order)
