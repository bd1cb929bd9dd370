from collections import deque, OrderedDict

deps = OrderedDict([
    ("app", ["web", "db", "log"]),
    ("web", ["http", "log"]),
    ("db", ["log"]),
    ("http", []),
    ("log", []),
])


def kahn(deps):
    indeg = {n: 0 for n in deps}
    users = {n: [] for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    q = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                q.append(u)
    if len(order) != len(deps):
        raise ValueError("cycle among: " + ", ".join(sorted(set(deps) - set(order))))
    return order


def dfs_order(deps):
    state, out = {}, []

    def visit(n, trail=()):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + (n,)))
        state[n] = "active"
        for d in deps[n]:
            visit(d, trail + (n,))
        state[n] = "done"
        out.append(n)

    for n in deps:
        visit(n)
    return out


print(kahn(deps))
print(dfs_order(deps))
deps["log"] = ["app"]
for fn in (kahn, dfs_order):
    try:
        fn(deps)
    except ValueError as e:
        print(fn.__name__, "->", e)
