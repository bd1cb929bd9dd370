# deepcopy of a two-node cycle whose class has __getstate__/__setstate__: the memo closes the cycle, the hooks run innermost first, and the copies are collected with the originals
import copy
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __getstate__(self):
        return dict(self.__dict__)

    def __setstate__(self, state):
        print("  setstate", state["name"], sys.getrefcount(self))
        self.__dict__ = state

    def __del__(self):
        print("del", self.name)


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
gc.collect()
c = copy.deepcopy(a)
print(c.name, c.peer.name, c.peer.peer is c, c is not a, gc.get_count())
del a, b, c
print(gc.collect())
