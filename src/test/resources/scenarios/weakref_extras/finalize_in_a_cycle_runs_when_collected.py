# an object in a garbage cycle is finalized by the collector: the weakref callback runs during gc.collect()
import gc
import weakref
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
f = weakref.finalize(a, print, "cycle member finalized")
del a, b
print("before collect", f.alive)
n = gc.collect()
print("after collect", f.alive, n)
