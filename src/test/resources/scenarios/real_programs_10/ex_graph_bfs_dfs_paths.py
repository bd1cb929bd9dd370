from collections import deque, defaultdict

edges = """A B
A C
B D
C D
D E
E F
C G
G F
H I"""

graph = defaultdict(list)
for line in edges.splitlines():
    u, v = line.split()
    graph[u].append(v)
    graph[v].append(u)

def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def shortest_path(a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        n = q.popleft()
        if n == b:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for m in sorted(graph[n]):
            if m not in prev:
                prev[m] = n
                q.append(m)
    return None

def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = bfs(n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps

print("BFS from A:", " ".join(bfs("A")))
print("DFS from A:", " ".join(dfs("A")))
print("A->F:", shortest_path("A", "F"))
print("A->H:", shortest_path("A", "H"))
print("components:", components())
print("degrees:", {n: len(graph[n]) for n in sorted(graph)})
