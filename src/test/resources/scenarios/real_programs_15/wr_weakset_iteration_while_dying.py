# Iterating a WeakSet while the loop drops strong references: CPython
# defers the removals until the iteration ends.
import weakref


class Peer:
    def __init__(self, n):
        self.n = n


peers = [Peer(i) for i in range(4)]
ws = weakref.WeakSet(peers)
seen = 0
for p in ws:
    seen += 1
    del p
print("seen:", seen)
peers.pop()
print("after pop:", len(ws))
total = 0
for p in ws:
    total += p.n
del p
print("total:", total, len(ws))
