# gc.get_referrers and get_referents exploration
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

root = Node("root")
child = Node("child")
root.children.append(child)
refs = gc.get_referents(root.children)
print(len(refs), refs[0] is child)
holders = [r for r in gc.get_referrers(child) if isinstance(r, list)]
print(len(holders), holders[0] is root.children)
print(gc.is_tracked(root), gc.is_tracked(root.name))
child.parent = root
del root, child
print(gc.collect())
