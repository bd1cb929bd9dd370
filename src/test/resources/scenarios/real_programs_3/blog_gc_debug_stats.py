import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class Node:
    pass
for i in range(3):
    n = Node()
    n.self = n
del n
print(gc.collect())
print(len(gc.garbage), all(type(g) is Node for g in gc.garbage))
for g in gc.garbage:
    del g.self
gc.garbage.clear()
gc.set_debug(0)
print(gc.collect(), gc.get_debug())
