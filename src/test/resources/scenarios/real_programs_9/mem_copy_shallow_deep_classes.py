import copy


class Config:
    def __init__(self, name, options):
        self.name = name
        self.options = options
        self.history = []

    def __repr__(self):
        return f"Config({self.name!r}, {self.options}, {self.history})"


base = Config("base", {"debug": False, "paths": ["/usr"]})
shallow = copy.copy(base)
deep = copy.deepcopy(base)
shallow.name = "shallow"
shallow.options["debug"] = True
deep.options["paths"].append("/opt")
base.history.append("edited")
print(base)
print(shallow)
print(deep)
print(shallow.options is base.options, deep.options is base.options)


class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0] is kid)
print(clone.children[0].children[0].parent.parent is clone)
memo = {}
c1 = copy.deepcopy(kid, memo)
print(len(memo) > 0, c1.parent.val, c1.parent is not root)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
