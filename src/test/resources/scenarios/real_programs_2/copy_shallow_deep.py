import copy
orig = {"name": "cfg", "values": [1, 2, [3, 4]]}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
shallow["values"].append(5)
deep["values"][2].append(99)
print(orig)
print(shallow is orig, shallow["values"] is orig["values"])
print(deep)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
root = Node(1)
root.children.append(Node(2))
root.children[0].parent = root
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone is root)
