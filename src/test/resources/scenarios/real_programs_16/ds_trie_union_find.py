# A trie with prefix search and deletion counts, and union-find grouping friends into circles.
class TrieNode:
    __slots__ = ("children", "end", "count")

    def __init__(self):
        self.children = {}
        self.end = False
        self.count = 0


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.end = True

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def starts_with(self, prefix):
        node = self._walk(prefix)
        out = []

        def collect(n, path):
            if n.end:
                out.append(prefix + path)
            for ch in sorted(n.children):
                collect(n.children[ch], path + ch)
        if node:
            collect(node, "")
        return out

    def count_prefix(self, prefix):
        node = self._walk(prefix)
        return node.count if node else 0


t = Trie()
for w in ["car", "card", "care", "careful", "cat", "dog", "dodge", "do"]:
    t.insert(w)
print(t.starts_with("car"), t.starts_with("do"), t.starts_with("x"))
print(t.count_prefix("ca"), t.count_prefix("care"), t.count_prefix(""), len(t.root.children))


class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

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


people = ["ann", "bo", "cy", "dee", "eli", "fay", "gus"]
dsu = DSU(people)
for a, b in [("ann", "bo"), ("cy", "dee"), ("bo", "dee"), ("eli", "fay"), ("ann", "cy")]:
    print(f"{a}-{b}: {'joined' if dsu.union(a, b) else 'already together'}")
circles = {}
for p in people:
    circles.setdefault(dsu.find(p), []).append(p)
print(sorted(sorted(c) for c in circles.values()))
edges = sorted([(4, "A", "B"), (1, "B", "C"), (3, "A", "C"), (2, "C", "D"), (5, "B", "D")])
mst = DSU("ABCD")
chosen = [(u, v, w) for w, u, v in edges if mst.union(u, v)]
print(chosen, sum(w for *_, w in chosen))
