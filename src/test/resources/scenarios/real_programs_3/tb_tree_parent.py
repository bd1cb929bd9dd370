import gc
import weakref

class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)
    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))
    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()

gc.collect()
root = TreeNode("root")
usr = TreeNode("usr", root)
local = TreeNode("local", usr)
TreeNode("bin", usr)
print(local.path(), local.depth())
print([c.name for c in usr.children])
del root, usr, local
print("collected:", gc.collect())

class WeakTreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent else None
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None

r = WeakTreeNode("r")
kid = WeakTreeNode("kid", r)
print(kid.parent.name)
del r, kid
print("collected:", gc.collect())
