# In a cycle collected by gc, every __del__ runs before any object is
# cleared, so each finalizer can still see its neighbours.
import gc


class Member:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        peer = self.peer.name if self.peer is not None else None
        print("del", self.name, "peer still there:", peer)


a = Member("a")
b = Member("b")
c = Member("c")
a.peer, b.peer, c.peer = b, c, a
del a, b, c
print("before collect")
n = gc.collect()
print("collected", n)

x = Member("x")
x.peer = x
y = Member("y")
del x
print("self-loop waiting for gc; y still here:", y.name)
gc.collect()
print("end")
