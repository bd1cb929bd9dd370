import weakref
import gc


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = weakref.proxy(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def __del__(self):
        print("free", self.name)


root = Node("root")
usr = Node("usr", root)
local = Node("local", usr)
bin_ = Node("bin", local)
etc = Node("etc", root)
print(bin_.path())
print(etc.path())
print("gc tracked cycles?", gc.collect())
leaf = bin_
del root, usr, local, bin_, etc
print("root gone?")
try:
    print(leaf.path())
except ReferenceError as e:
    print("ReferenceError:", e)
print(leaf.name, type(leaf.parent).__name__)
del leaf
print("end")
