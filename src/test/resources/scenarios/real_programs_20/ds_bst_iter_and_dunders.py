class BST:
    class _Node:
        __slots__ = ("key", "value", "left", "right")

        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None

    def __init__(self, pairs=()):
        self.root = None
        self.count = 0
        for k, v in pairs:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = self._Node(key, value)
            self.count = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key, value))
                self.count += 1
                return
            node = child

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __len__(self):
        return self.count

    def __iter__(self):
        def walk(node):
            if node is not None:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def items(self):
        return ((k, self[k]) for k in self)

    def height(self):
        depth, level = 0, [self.root] if self.root else []
        while level:
            depth += 1
            level = [c for n in level for c in (n.left, n.right) if c is not None]
        return depth

    def floor(self, key):
        best, node = None, self.root
        while node:
            if node.key <= key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best

    def range(self, low, high):
        return [k for k in self if low <= k <= high]

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"


t = BST((k, k * k) for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(len(t), list(t), t.height())
print(t[40], 45 in t, 46 in t, t.floor(64), t.floor(10), t.range(33, 62))
print("levels:", t.levels())
t[40] = "forty"
print(repr(t)[:70], "...")
print("sum of keys:", sum(t), "max:", max(t), "sorted desc:", sorted(t, reverse=True)[:3])
try:
    t[99]
except KeyError as e:
    print("KeyError:", e)
words = BST((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(len(words), list(words), dict(words.items())["quick"], words.levels()[:3])
degenerate = BST((i, None) for i in range(8))
print("degenerate height:", degenerate.height(), "balanced-ish:", BST((k, None) for k in [4, 2, 6, 1, 3, 5, 7]).height())
