class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
        else:
            node = self.root
            while True:
                side = "left" if key < node.key else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, TreeNode(key))
                    break
                node = child
        self.count += 1

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return []
        return self.inorder(node.left) + [node.key] + self.inorder(node.right)

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

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    tree.insert(k)
print(tree.inorder(), tree.count, tree.height())
print(35 in tree, 36 in tree)
levels = []
frontier = [tree.root]
while frontier:
    levels.append([n.key for n in frontier])
    frontier = [c for n in frontier for c in (n.left, n.right) if c]
print(levels)
