# a proxy is a weak reference object: 80 bytes, tracked by the collector
import gc
import sys
import weakref
class Node:
    pass
n = Node()
p = weakref.proxy(n)
r = weakref.ref(n)
print(sys.getsizeof(r), gc.is_tracked(p))
