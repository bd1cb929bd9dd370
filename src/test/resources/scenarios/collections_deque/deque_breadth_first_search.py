# A breadth-first search with a deque as the frontier, as textbooks write it.
from collections import deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen = {start: 0}
    frontier = deque([start])
    order = []
    while frontier:
        node = frontier.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                frontier.append(nxt)
    return order, seen
print(bfs("a"))
