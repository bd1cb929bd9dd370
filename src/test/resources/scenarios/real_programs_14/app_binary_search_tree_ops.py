import gc


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
            self.insert(k)

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                self.size += 1
                return
            node = child

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return
        yield from self.inorder(node.left)
        yield node.key
        yield from self.inorder(node.right)

    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False


gc.collect()
tree = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(list(tree.inorder()), tree.size, tree.height())
print(40 in tree, 45 in tree)
print("min/max:", min(tree.inorder()), max(tree.inorder()))
print("count:", gc.get_count())
del tree
print("collected:", gc.collect())
