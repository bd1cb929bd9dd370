# parent/child tree with weak back-references
import weakref, sys, gc

class Node:
    def __init__(self, val):
        self.val = val
        self._parent = None
        self.children = []
    @property
    def parent(self):
        return self._parent() if self._parent else None
    @parent.setter
    def parent(self, node):
        self._parent = weakref.ref(node)
    def add(self, child):
        self.children.append(child)
        child.parent = self
        return child
    def __del__(self):
        print("del", self.val)

root = Node("root")
kid = root.add(Node("kid"))
print(kid.parent.val, sys.getrefcount(root))
print(gc.collect())
del root
print("root deleted, kid parent:", kid.parent)
del kid
print("end")
