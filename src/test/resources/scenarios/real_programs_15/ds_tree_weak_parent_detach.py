# A tree where children hold a weak reference to their parent: removing
# a subtree frees it as soon as the last strong reference goes.
import weakref


class Folder:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = {}
        self._parent = None
        if parent is not None:
            parent.attach(self)

    def attach(self, child):
        self.children[child.name] = child
        child._parent = weakref.ref(self)

    def detach(self, name):
        child = self.children.pop(name)
        child._parent = None
        return child

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(parts[:-1]))

    def __del__(self):
        print("removing", self.name)


root = Folder("")
home = Folder("home", root)
docs = Folder("docs", home)
Folder("notes", docs)
print(docs.path(), docs.parent.name, home.parent is root)
probe = weakref.ref(docs)
del docs
print("detaching home")
h = root.detach("home")
print("home has no parent:", h.parent is None)
del h, home
print("docs alive:", probe() is not None)
print("root children:", list(root.children))
