import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __del__(self):
        print("finalize", self.name, "links", [n.name for n in self.links])


gc.collect()
a, b, c = Node("a"), Node("b"), Node("c")
a.links.append(b)
b.links.append(c)
c.links.append(a)
loner = Node("loner")
del a, b, c
print("cycle unreachable now")
print("collected:", gc.collect())
print("loner still here:", loner.name)
x = Node("x")
x.links.append(x)
x = None
print("collected self-loop:", gc.collect())
print("garbage:", gc.garbage)
