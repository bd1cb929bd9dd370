# copy.copy of an instance shares attribute values; deepcopy copies them.
import copy
class Node:
    def __init__(self, items):
        self.items = items
n = Node([1, 2])
c = copy.copy(n)
d = copy.deepcopy(n)
print(c is n, c.items is n.items, d.items is n.items, d.items == n.items, type(d) is Node)
