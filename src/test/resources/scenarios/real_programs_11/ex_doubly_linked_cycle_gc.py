import gc
import sys

class DNode:
    def __init__(self, data):
        self.data = data
        self.prev = None
        self.next = None

    def __repr__(self):
        return f"DNode({self.data})"

def build(n):
    head = DNode(0)
    cur = head
    for i in range(1, n):
        node = DNode(i)
        cur.next = node
        node.prev = cur
        cur = node
    return head

gc.collect()
head = build(5)
second = head.next
print("second node refcount:", sys.getrefcount(second))
walk, node = [], head
while node:
    walk.append(node.data)
    node = node.next
print("forward:", walk)
del node, second
del head
print("doubly linked nodes are cycles, collect found:", gc.collect())

head = build(3)
tail = head.next.next
tail.next = head
head.prev = tail
print("circular:", head.prev, head.prev.next)
del head, tail
print("circular list collected:", gc.collect())
