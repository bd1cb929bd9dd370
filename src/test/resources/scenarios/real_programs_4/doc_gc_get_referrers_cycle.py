import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

a, b, c = Node("a"), Node("b"), Node("c")
a.links.append(b)
b.links.append(c)
c.links.append(a)
for n in (a, b, c):
    holders = [r for r in gc.get_referrers(n) if isinstance(r, list) and r is not gc.garbage]
    owners = [o.name for o in (a, b, c) if o.links in holders]
    print(n.name, "is held by the links of", owners)
print([len(gc.get_referents(n.__dict__)) for n in (a, b, c)])
del a, b, c
print("unreachable:", gc.collect())
