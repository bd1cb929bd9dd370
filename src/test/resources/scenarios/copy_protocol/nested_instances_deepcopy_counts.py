# gc.get_count() around deep copies: a list and a dict that contain themselves, one instance, one that points to itself, two instances in a cycle (the second copied inside the first one's state), an instance twice in a list.
import gc, copy
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
res = []
def probe(name, f):
    gc.collect()
    a = gc.get_count()
    r = f()
    b = gc.get_count()
    res.append((name, b[0] - a[0]))
l = [1]
l.append(l)
d = {}
d["me"] = d
n = Node("n")
n.peer = n
m = Node("m")
k = Node("k")
m.peer = k
k.peer = m
solo = Node("solo")
probe("warm", lambda: copy.deepcopy(Node("w")))
probe("list", lambda: copy.deepcopy(l))
probe("dict", lambda: copy.deepcopy(d))
probe("solo", lambda: copy.deepcopy(solo))
probe("self", lambda: copy.deepcopy(n))
probe("pair", lambda: copy.deepcopy(m))
probe("twice", lambda: copy.deepcopy([solo, solo]))
print(res)
