import heapq

roads = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}

def dijkstra(graph, start):
    dist = {node: float("inf") for node in graph}
    prev = {node: None for node in graph}
    dist[start] = 0
    queue = [(0, start)]
    visited = set()
    while queue:
        d, node = heapq.heappop(queue)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(queue, (nd, nxt))
    return dist, prev

def path_to(prev, target):
    path = []
    while target is not None:
        path.append(target)
        target = prev[target]
    return path[::-1]

dist, prev = dijkstra(roads, "A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>3}  via {' -> '.join(path_to(prev, node))}")

roads["G"] = {}
dist, _ = dijkstra(roads, "A")
print("G reachable?", dist["G"] != float("inf"), dist["G"])
print(min(dist.items(), key=lambda kv: (-kv[1] if kv[1] != float('inf') else 0, kv[0])))
