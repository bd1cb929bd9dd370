# Binary search tree with insert, search, delete (three cases), height and traversal orders.
class TreeNode:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = self.right = None


def insert(root, key):
    if root is None:
        return TreeNode(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root


def find_min(node):
    while node.left:
        node = node.left
    return node


def delete(root, key):
    if root is None:
        return None
    if key < root.key:
        root.left = delete(root.left, key)
    elif key > root.key:
        root.right = delete(root.right, key)
    else:
        if root.left is None:
            return root.right
        if root.right is None:
            return root.left
        succ = find_min(root.right)
        root.key = succ.key
        root.right = delete(root.right, succ.key)
    return root


def inorder(n):
    return inorder(n.left) + [n.key] + inorder(n.right) if n else []


def preorder(n):
    return [n.key] + preorder(n.left) + preorder(n.right) if n else []


def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))


def show(n, depth=0):
    if n:
        show(n.right, depth + 1)
        print("    " * depth + str(n.key))
        show(n.left, depth + 1)


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print("inorder ", inorder(root))
print("preorder", preorder(root))
print("height", height(root))
show(root)
for k in (20, 70, 50):
    root = delete(root, k)
    print(f"after deleting {k:>3}: {inorder(root)} root={root.key} h={height(root)}")
print(preorder(root))
