# binary search tree with recursive insert and traversals
class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

def insert(root, key):
    if root is None:
        return TreeNode(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root

def inorder(node, out):
    if node:
        inorder(node.left, out)
        out.append(node.key)
        inorder(node.right, out)
    return out

def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, k)
print("inorder:", inorder(root, []))
print("height:", height(root))
print(f"{'min':>5}: {inorder(root, [])[0]:04d}")
def count_leaves(n):
    if n is None:
        return 0
    if n.left is None and n.right is None:
        return 1
    return count_leaves(n.left) + count_leaves(n.right)
print("leaves", count_leaves(root))
