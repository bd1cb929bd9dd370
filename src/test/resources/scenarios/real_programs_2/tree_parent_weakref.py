import weakref, gc
class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent else None
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def path(self):
        p = self.parent
        return (p.path() + "/" if p else "") + self.name
root = TreeNode("root")
usr = TreeNode("usr", root)
bin_ = TreeNode("bin", usr)
print(bin_.path())
print([c.name for c in root.children])
gc.collect()
del root
print(usr.parent)
print(gc.collect())
