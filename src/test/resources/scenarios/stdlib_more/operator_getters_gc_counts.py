# itemgetter, attrgetter and methodcaller are tracked containers: allocation counts (the argument tuple of the type call, a dotted name's tuple, the keyword dict), cycles through them collected
import gc
import sys
from operator import itemgetter, attrgetter, methodcaller

class Node:
    pass

gc.collect()
a = gc.get_count(); g1 = itemgetter(0); b = gc.get_count()
c = gc.get_count(); g2 = itemgetter(0, 1); d = gc.get_count()
e = gc.get_count(); g3 = attrgetter("a.b", "c"); f = gc.get_count()
h = gc.get_count(); g4 = methodcaller("get", 1, default=2); i = gc.get_count()
print(a, b, c, d, e, f, h, i)
n = Node()
n.getter = itemgetter(n)
print("node refcount", sys.getrefcount(n))
del n
print("collected", gc.collect())
m = Node()
m.caller = methodcaller("f", m)
del m
print("collected", gc.collect())
print(gc.is_tracked(g1), gc.is_tracked(g3), gc.is_tracked(g4))
