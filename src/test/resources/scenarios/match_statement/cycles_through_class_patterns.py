# Nested class patterns follow a self-referencing node; the cycle is collected once the names are gone.
import gc
class Node:
    __match_args__ = ("nxt",)
    def __init__(self):
        self.nxt = self
    def __del__(self):
        print("Node freed")
gc.collect()
n = Node()
match n:
    case Node(Node(Node(x))):
        print("same node:", x is n)
del n, x
print("collected", gc.collect())
class Pair:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
p = Pair(1, None)
p.right = p
match p:
    case Pair(1, Pair(1, Pair() as inner)):
        print("inner is p:", inner is p)
del p, inner
print("collected", gc.collect())
