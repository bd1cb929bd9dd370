# CS2 lab: a binary search tree with insert, search, height and the four traversals.
from collections import deque

class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
        else:
            n = self.root
            while True:
                if key == n.key:
                    return False
                side = "left" if key < n.key else "right"
                child = getattr(n, side)
                if child is None:
                    setattr(n, side, self._Node(key))
                    break
                n = child
        self.size += 1
        return True

    def __contains__(self, key):
        n = self.root
        while n and n.key != key:
            n = n.left if key < n.key else n.right
        return n is not None

    def height(self, n="root"):
        if n == "root":
            n = self.root
        return -1 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def inorder(self, n="root"):
        if n == "root":
            n = self.root
        if n:
            yield from self.inorder(n.left)
            yield n.key
            yield from self.inorder(n.right)

    def preorder(self):
        stack, out = [self.root] if self.root else [], []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out

    def postorder(self, n="root"):
        if n == "root":
            n = self.root
        return [] if n is None else self.postorder(n.left) + self.postorder(n.right) + [n.key]

    def levels(self):
        out, q = [], deque([(self.root, 0)] if self.root else [])
        while q:
            n, d = q.popleft()
            if len(out) == d:
                out.append([])
            out[d].append(n.key)
            q.extend((c, d + 1) for c in (n.left, n.right) if c)
        return out

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    print(k, "inserted" if t.insert(k) else "duplicate")
print("size", t.size, "height", t.height())
print("in  ", list(t.inorder()))
print("pre ", t.preorder())
print("post", t.postorder())
print("lvl ", t.levels())
print([k in t for k in (45, 55, 80)])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()), words.height())
print(type(t.root).__qualname__)
