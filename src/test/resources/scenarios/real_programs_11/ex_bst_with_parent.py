class Node:
    __slots__ = ("key", "left", "right", "parent")

    def __init__(self, key, parent=None):
        self.key = key
        self.left = self.right = None
        self.parent = parent

class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            return
        cur = self.root
        while True:
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, Node(key, cur))
                return
            cur = nxt

    def find(self, key):
        cur = self.root
        while cur and cur.key != key:
            cur = cur.left if key < cur.key else cur.right
        return cur

    def successor(self, node):
        if node.right:
            node = node.right
            while node.left:
                node = node.left
            return node
        while node.parent and node is node.parent.right:
            node = node.parent
        return node.parent

    def inorder(self):
        node = self.root
        while node and node.left:
            node = node.left
        while node:
            yield node.key
            node = self.successor(node)

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t.inorder()))
n = t.find(40)
print("successor of 40:", t.successor(n).key, "| parent of 35:", t.find(35).parent.key)
print("successor of 80:", t.successor(t.find(80)))
import gc
del t, n
print("parent pointers make cycles:", gc.collect())
