import gc
import sys


class Node:
    __slots__ = ("value", "next", "__weakref__")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


gc.collect()
ll = LinkedList(3, 1, 4, 1, 5)
print(ll, len(ll))
ll.reverse()
print(ll)
second = ll.head.next
print("refcount second node:", sys.getrefcount(second))
it = iter(ll)
print(next(it), next(it))
print("tracked node:", gc.is_tracked(ll.head))
print("count:", gc.get_count())
del it
ll.head = None
print("second still alive:", second.value, sys.getrefcount(second))
print("collected:", gc.collect())
print(sum(ll), list(ll))
