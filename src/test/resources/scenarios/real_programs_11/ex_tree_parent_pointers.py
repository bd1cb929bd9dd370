import gc
import weakref

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
        parts, node = [], self
        while node:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def walk(self, depth=0):
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)

root = TreeNode("root")
usr = TreeNode("usr", root)
bin_ = TreeNode("bin", usr)
lib = TreeNode("lib", usr)
etc = TreeNode("etc", root)
for depth, node in root.walk():
    print("  " * depth + node.name)
print(lib.path())
gc.collect()
probe = weakref.ref(usr)
del usr, bin_, lib, etc
root.children.clear()
print("usr alive after detaching:", probe() is not None)
print("nothing for gc:", gc.collect())
