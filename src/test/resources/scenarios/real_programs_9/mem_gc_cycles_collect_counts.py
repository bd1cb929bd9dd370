import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_cycles(n):
    for i in range(n):
        a, b = Node(f"a{i}"), Node(f"b{i}")
        a.peer, b.peer = b, a


gc.collect()
gc.disable()
make_cycles(5)
print("unreachable found:", gc.collect())
make_cycles(3)
lst = []
lst.append(lst)
del lst
d = {}
d["self"] = d
del d
print("with list and dict cycles:", gc.collect())
print("nothing left:", gc.collect())
gc.enable()
print("enabled:", gc.isenabled())
nodes = [Node(str(i)) for i in range(3)]
for i, n in enumerate(nodes):
    n.peer = nodes[(i + 1) % 3]
print(gc.is_tracked(nodes[0]), gc.is_tracked(nodes[0].name), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
del nodes
print("ring of three:", gc.collect())
