class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

def insert(root, key):
    if root is None:
        return TreeNode(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root

def inorder(root):
    return inorder(root.left) + [root.key] + inorder(root.right) if root else []

def min_node(root):
    while root.left:
        root = root.left
    return root

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
        succ = min_node(root.right)
        root.key = succ.key
        root.right = delete(root.right, succ.key)
    return root

def height(root):
    if root is None:
        return 0
    return 1 + max(height(root.left), height(root.right))

def show(root, depth=0):
    if root:
        show(root.right, depth + 1)
        print("    " * depth + str(root.key))
        show(root.left, depth + 1)

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45]:
    root = insert(root, k)
print(inorder(root), "height", height(root))
show(root)
for k in (20, 30, 50, 99):
    root = delete(root, k)
    print(f"delete {k:>2}: {inorder(root)}")
show(root)
