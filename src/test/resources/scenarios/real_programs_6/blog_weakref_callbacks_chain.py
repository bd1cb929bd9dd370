import weakref
import gc

log = []

class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt

c = Node("c")
b = Node("b", c)
a = Node("a", b)
refs = [weakref.ref(n, lambda r, name=n.name: log.append(name)) for n in (a, b, c)]
del b, c
print("after del b, c:", log)
del a
print("after del a:", log)
p = Node("p"); q = Node("q", p); p.nxt = q
wr = [weakref.ref(n, lambda r, name=n.name: log.append("cyc-" + name)) for n in (p, q)]
del p, q
print("cycle before gc:", log[3:])
gc.collect()
print("cycle after gc:", sorted(log[3:]), [r() for r in wr])
