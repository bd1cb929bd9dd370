# An annotation naming a class is held by the function (its annotations tuple): the class's refcount goes up.
import sys

class Node:
    pass

print(sys.getrefcount(Node))

def link(a: Node, b: Node) -> Node:
    return a

print(sys.getrefcount(Node))
del link
print(sys.getrefcount(Node))
