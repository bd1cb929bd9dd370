# graph search with sets and deque
from collections import deque
graph = {
    "A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": [],
}
def bfs(start, goal):
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
def dfs(node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(bfs("A", "F"), bfs("D", "A"))
print(sorted(dfs("C")), len(dfs("A")))
indeg = {n: 0 for n in graph}
for outs in graph.values():
    for n in outs:
        indeg[n] += 1
print(indeg)
order = []
ready = deque(sorted(n for n, d in indeg.items() if d == 0))
while ready:
    n = ready.popleft()
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print("".join(order))
