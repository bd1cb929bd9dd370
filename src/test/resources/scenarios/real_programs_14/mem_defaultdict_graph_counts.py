import gc
from collections import defaultdict, deque, OrderedDict


gc.collect()
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
print(dict(graph), gc.get_count())
indeg = defaultdict(int)
for src, dests in graph.items():
    for d in dests:
        indeg[d] += 1
ready = deque(sorted(n for n in graph if indeg[n] == 0))
order = []
while ready:
    n = ready.popleft()
    order.append(n)
    for m in graph.get(n, []):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print("topological:", order)
seen = OrderedDict((n, i) for i, n in enumerate(order))
seen.move_to_end("a")
print(list(seen), seen.popitem(last=False))
print("count:", gc.get_count())
print("collected:", gc.collect())
