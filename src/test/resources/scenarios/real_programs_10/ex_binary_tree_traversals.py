from collections import deque

class TreeNode:
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

def inorder(n):
    return inorder(n.left) + [n.key] + inorder(n.right) if n else []

def preorder(n):
    if not n:
        return []
    return [n.key] + preorder(n.left) + preorder(n.right)

def postorder(n):
    out, stack = [], [(n, False)]
    while stack:
        node, seen = stack.pop()
        if node is None:
            continue
        if seen:
            out.append(node.key)
        else:
            stack += [(node, True), (node.right, False), (node.left, False)]
    return out

def levels(n):
    result, q = [], deque([n])
    while q:
        level = []
        for _ in range(len(q)):
            node = q.popleft()
            level.append(node.key)
            q.extend(c for c in (node.left, node.right) if c)
        result.append(level)
    return result

def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))

def delete(root, key):
    if root is None:
        return None
    if key < root.key:
        root.left = delete(root.left, key)
    elif key > root.key:
        root.right = delete(root.right, key)
    else:
        if not root.left:
            return root.right
        if not root.right:
            return root.left
        succ = root.right
        while succ.left:
            succ = succ.left
        root.key = succ.key
        root.right = delete(root.right, succ.key)
    return root

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print("in  ", inorder(root))
print("pre ", preorder(root))
print("post", postorder(root))
print("lvl ", levels(root))
print("height", height(root))
for k in (20, 30, 50):
    root = delete(root, k)
    print(f"delete {k}:", inorder(root), "root", root.key)
print("levels", levels(root))
