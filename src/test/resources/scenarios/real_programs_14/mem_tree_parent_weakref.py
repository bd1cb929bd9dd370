import gc
import weakref


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def walk(self, depth=0):
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)

    def __del__(self):
        print("del", self.name)


gc.collect()
root = TreeNode("root")
usr = TreeNode("usr", root)
TreeNode("bin", usr)
lib = TreeNode("lib", usr)
TreeNode("etc", root)
for depth, node in root.walk():
    print("  " * depth + node.name)
print(lib.path())
leaf = weakref.ref(lib)
del lib, usr
print("leaf alive:", leaf() is not None)
root.children.pop(0)
print("leaf alive after pop:", leaf() is not None)
print("collected:", gc.collect())
del root
print("end", gc.collect())
