# deepcopy keeps the shape of a graph: shared nodes stay shared, cycles stay cycles.
import copy

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name}, -> {[n.name for n in self.links]})"

a, b, c = Node("a"), Node("b"), Node("c")
a.links += [b, c]
b.links.append(c)
c.links.append(a)
graph = [a, b, c]
clone = copy.deepcopy(graph)
print(clone)
print("new objects:", all(x is not y for x, y in zip(graph, clone)))
ca, cb, cc = clone
print("shared c stays shared:", ca.links[1] is cb.links[0] is cc)
print("cycle kept:", cc.links[0] is ca)
print("names shared (immutable):", ca.name is a.name)
memo = {}
one = copy.deepcopy(a, memo)
two = copy.deepcopy(b, memo)
print("same memo reuses copies:", one.links[0] is two, len(memo) > 3)
shallow = copy.copy(a)
print("shallow shares the list:", shallow.links is a.links)
shallow.links = list(a.links)
shallow.links.pop()
print(a, shallow)
nested = {"cfg": [1, [2, [3]]], "t": (4, [5])}
d2 = copy.deepcopy(nested)
d2["cfg"][1][1].append(99)
d2["t"][1].append(6)
print(nested, d2)
print(copy.deepcopy((1, "x", None)) == (1, "x", None), copy.deepcopy([]) is not [])
