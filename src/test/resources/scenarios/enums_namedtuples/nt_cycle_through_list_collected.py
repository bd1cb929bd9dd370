import gc
import sys
from typing import NamedTuple


class Node(NamedTuple):
    name: str
    children: list


class Probe:
    def __del__(self):
        print("probe freed")


gc.collect()
root = Node("root", [])
leaf = Node("leaf", [Probe()])
root.children.append(leaf)
leaf.children.append(root)
print(sys.getrefcount(root), sys.getrefcount(leaf))
print(len(gc.get_referents(root)), gc.is_tracked(root))
del root, leaf
print("deleted")
print(gc.collect())
print(gc.collect())
