class TrieNode:
    def __init__(self):
        self.children = {}
        self.end = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.end:
            node.end = True
            self.size += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.end

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        results = []
        if node is None:
            return results

        def walk(n, path):
            if len(results) >= limit:
                return
            if n.end:
                results.append(prefix + path)
            for ch in sorted(n.children):
                walk(n.children[ch], path + ch)

        walk(node, "")
        return results


words = "car card care careful cart cat catalog dog dot dote door".split()
t = Trie(words)
print("size", t.size)
for w in ["car", "ca", "door", "doors"]:
    print(f"{w!r:9} in trie: {w in t}")
for p in ["ca", "car", "do", "x", ""]:
    print(f"{p!r:6} -> {t.count_prefix(p):2} {t.complete(p, limit=4)}")
t.insert("car")
print("size after dup", t.size)
