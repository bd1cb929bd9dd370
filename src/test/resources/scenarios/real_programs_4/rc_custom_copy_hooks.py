import copy

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
        self.cache = {}

    def __copy__(self):
        print("  __copy__ of", self.value)
        new = Node(self.value, self.children)
        return new

    def __deepcopy__(self, memo):
        print("  __deepcopy__ of", self.value)
        new = Node(copy.deepcopy(self.value, memo))
        memo[id(self)] = new
        new.children = [copy.deepcopy(c, memo) for c in self.children]
        return new

leaf = Node("leaf")
root = Node("root", [leaf, leaf])
root.cache["k"] = 1
c = copy.copy(root)
print(c.children is root.children, c.cache)
d = copy.deepcopy(root)
print(d.children[0] is d.children[1], d.children[0] is leaf)
print([n.value for n in d.children])
