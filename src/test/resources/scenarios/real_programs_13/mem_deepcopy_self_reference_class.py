import copy

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name}, links={[n.name for n in self.links]})"

a = Node("a")
b = Node("b")
a.links += [a, b]
b.links.append(a)

clone = copy.deepcopy(a)
print(clone)
print("self loop kept:", clone.links[0] is clone)
print("b copied:", clone.links[1] is not b)
print("b points back to clone:", clone.links[1].links[0] is clone)

memo = {}
first = copy.deepcopy(a, memo)
second = copy.deepcopy(b, memo)
print("memo reused b:", first.links[1] is second)
print("memo holds originals too:", id(a) in memo, id(b) in memo)

shallow = copy.copy(a)
print("shallow shares list:", shallow.links is a.links)
