# A Node graph with a cycle: __deepcopy__ registers the copy in memo before copying the neighbours.
import copy
import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.neighbours = []

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        clone = Node(self.name)
        memo[id(self)] = clone
        clone.neighbours = copy.deepcopy(self.neighbours, memo)
        return clone

a = Node("a")
b = Node("b")
a.neighbours.append(b)
b.neighbours.append(a)
gc.collect()
a2 = copy.deepcopy(a)
b2 = a2.neighbours[0]
print(b2.name, b2.neighbours[0] is a2, a2 is a, b2 is b)
print(sys.getrefcount(a), sys.getrefcount(a2), sys.getrefcount(b2))
del a, b
print(gc.collect())
del a2, b2
print(gc.collect())
