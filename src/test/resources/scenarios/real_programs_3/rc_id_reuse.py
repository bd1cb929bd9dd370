import sys

class Node:
    pass

n = Node()
first = id(n)
print(id(n) == first)
m = n
print(id(m) == id(n))
del n
print(id(m) == first)
nodes = [Node() for _ in range(5)]
ids = [id(x) for x in nodes]
print(len(set(ids)))
print(sys.getrefcount(nodes[0]))
copy = nodes[:]
print(sys.getrefcount(nodes[0]))
del copy
print(sys.getrefcount(nodes[0]))
