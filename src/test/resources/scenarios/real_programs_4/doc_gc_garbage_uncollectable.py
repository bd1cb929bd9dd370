import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __repr__(self):
        return f"Node({self.name})"

gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node("a"), Node("b")
a.ref, b.ref = b, a
del a, b
print("found:", gc.collect())
print(sorted(repr(o) for o in gc.garbage if isinstance(o, Node)))
print(len(gc.garbage) >= 2)
gc.set_debug(0)
gc.garbage.clear()
x = Node("x")
x.ref = x
del x
print("found:", gc.collect(), "garbage:", gc.garbage)
print(gc.get_debug())
