import gc

class Node:
    live = 0
    def __init__(self, v):
        self.v = v
        self.prev = self.next = None
        Node.live += 1
    def __del__(self):
        Node.live -= 1

def build_ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
        b.prev = a
    return nodes[0]

gc.collect()
head = build_ring(6)
values = []
cur = head
for _ in range(8):
    values.append(cur.v)
    cur = cur.next
print("walk:", values)
print("live:", Node.live)
del head, cur
print("live after del:", Node.live)
print("collected:", gc.collect())
print("live after collect:", Node.live)
gc.disable()
for _ in range(3):
    build_ring(4)
print("with gc disabled:", Node.live)
gc.enable()
print("collected:", gc.collect(), "live:", Node.live)
