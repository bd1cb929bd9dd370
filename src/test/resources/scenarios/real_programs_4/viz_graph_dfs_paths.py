graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": [],
}

def all_paths(g, start, goal, path=None):
    path = (path or []) + [start]
    if start == goal:
        return [path]
    found = []
    for nxt in g[start]:
        if nxt not in path:
            found.extend(all_paths(g, nxt, goal, path))
    return found

def dfs_order(g, start):
    seen, stack, order = set(), [start], []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(g[node]))
    return order

def topo(g):
    visited, out = set(), []
    def visit(n):
        if n in visited:
            return
        visited.add(n)
        for m in g[n]:
            visit(m)
        out.append(n)
    for n in sorted(g):
        visit(n)
    return out[::-1]

for p in all_paths(graph, "A", "F"):
    print(" -> ".join(p))
print("dfs:", dfs_order(graph, "A"))
print("topological:", topo(graph))
indeg = {n: 0 for n in graph}
for n, outs in graph.items():
    for m in outs:
        indeg[m] += 1
print(sorted(indeg.items(), key=lambda kv: (-kv[1], kv[0])))
