import weakref
import gc

events = []

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def make_callback(label):
    def cb(ref):
        events.append(label)
        print(f"callback {label}: ref dead? {ref() is None}")
    return cb

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, make_callback("a"))
wb = weakref.ref(b, make_callback("b"))
del a, b
print("cycle unreachable, refs still alive:", wa() is not None, wb() is not None)
n = gc.collect()
print("collected", n, "events", sorted(events))
c = Node("c")
refs = [weakref.ref(c, make_callback(f"c{i}")) for i in range(3)]
print("distinct refs with callbacks:", len({id(r) for r in refs}))
del c
print("order:", events[2:])
