# tree with parent pointers: refcounting vs gc
import gc, sys
class Node:
    count = 0
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)
        Node.count += 1
    def __del__(self):
        Node.count -= 1
gc.disable()
root = Node("root")
for i in range(3):
    child = Node(f"c{i}", root)
    Node(f"g{i}", child)
print("nodes", Node.count, "root refcount", sys.getrefcount(root))
del root, child
print("after del", Node.count)
print("collected", gc.collect())
print("after collect", Node.count)
gc.enable()
