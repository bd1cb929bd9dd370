# With DEBUG_SAVEALL, a collection puts the garbage in gc.garbage instead of freeing it.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print(gc.collect(), len(gc.garbage))
print(len(gc.garbage))
gc.set_debug(0)
