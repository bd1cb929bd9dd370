# When the collector frees a cycle, weak reference callbacks run before
# the __del__ methods, and the weak references are already dead then.
import gc
import weakref

events = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(f"del {self.name}")


def on_dead(ref):
    events.append(f"callback sees {ref()}")


gc.collect()
x, y = Node("x"), Node("y")
x.peer, y.peer = y, x
rx = weakref.ref(x, on_dead)
ry = weakref.ref(y, on_dead)
del x, y
print("before collect:", events)
n = gc.collect()
print("collected:", n)
for e in events:
    print(" ", e)
print(rx(), ry())
