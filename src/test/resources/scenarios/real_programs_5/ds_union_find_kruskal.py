class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(out.values())


edges = [
    (4, "a", "b"), (8, "a", "h"), (11, "b", "h"), (8, "b", "c"),
    (7, "h", "i"), (1, "h", "g"), (2, "i", "c"), (6, "i", "g"),
    (7, "c", "d"), (4, "c", "f"), (2, "g", "f"), (14, "d", "f"),
    (9, "d", "e"), (10, "e", "f"),
]
nodes = sorted({n for _, a, b in edges for n in (a, b)})
ds = DisjointSet(nodes)
tree = []
for w, a, b in sorted(edges):
    if ds.union(a, b):
        tree.append((a, b, w))
        print(f"take {a}-{b} ({w})")
    else:
        print(f"skip {a}-{b} ({w}) would make a cycle")
print("MST weight:", sum(w for *_, w in tree), "edges:", len(tree))

friends = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 4), (5, 6), (6, 7), (3, 8)]:
    friends.union(a, b)
print(friends.groups())
print(friends.find(4) == friends.find(0), friends.find(9) == friends.find(0))
