# A doubly linked list: every node points at its neighbours both ways,
# so dropping the list leaves cycles for the collector; weak back links
# let reference counting free it at once.
import gc
import weakref


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class WeakNode:
    def __init__(self, value):
        self.value = value
        self._prev = None
        self.next = None

    @property
    def prev(self):
        return self._prev() if self._prev else None


def build(cls, n):
    head = prev = None
    for v in range(n):
        node = cls(v)
        if prev is None:
            head = node
        else:
            prev.next = node
            if cls is Node:
                node.prev = prev
            else:
                node._prev = weakref.ref(prev)
        prev = node
    return head


gc.collect()
gc.disable()
head = build(Node, 5)
probe = weakref.ref(head.next.next)
print("middle prev:", probe().prev.value)
del head
print("strong list alive after del:", probe() is not None)
print("collected:", gc.collect())
print("strong list alive after collect:", probe() is not None)
head = build(WeakNode, 5)
probe = weakref.ref(head.next.next)
print("middle prev:", probe().prev.value)
del head
print("weak list alive after del:", probe() is not None)
print("collected:", gc.collect())
gc.enable()
