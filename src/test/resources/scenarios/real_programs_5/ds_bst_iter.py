class BST:
    class _Node:
        __slots__ = ("key", "left", "right")

        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.add(k)

    def add(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.size += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                self.size += 1
                return True
            node = child

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __len__(self):
        return self.size

    def height(self, node=..., ):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def floor(self, key):
        best, node = None, self.root
        while node:
            if node.key <= key:
                best = node.key
                node = node.right
            else:
                node = node.left
        return best


tree = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(tree), len(tree), "height", tree.height())
print(tree.add(40), tree.add(42), len(tree))
print([k for k in (35, 36, 80) if k in tree])
print("floor(63) =", tree.floor(63), "floor(10) =", tree.floor(10))
it = iter(tree)
print(next(it), next(it), next(it))
print(sum(tree), max(tree), min(tree))
words = BST("the quick brown fox jumps over the lazy dog".split())
print(" ".join(words), words.height())
degenerate = BST(range(8))
print("degenerate height", degenerate.height())
