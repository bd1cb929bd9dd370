# A doubly linked list whose nodes point both ways: reference counting alone cannot free it.
import gc
import sys
import weakref


class Node:
    alive = 0

    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None
        Node.alive += 1

    def __repr__(self):
        return f"Node({self.value})"

    def __del__(self):
        Node.alive -= 1


class DoublyLinked:
    def __init__(self, values):
        self.head = self.tail = None
        for v in values:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)


gc.collect()
lst = DoublyLinked("abcde")
print(list(lst), len(lst), Node.alive)
print(sys.getrefcount(lst.head.next), sys.getrefcount(lst.head))
probe = weakref.ref(lst.head)
del lst
print("after del:", Node.alive, probe() is not None)
print("collected:", gc.collect(), Node.alive, probe())


class WeakBackLinked(DoublyLinked):
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = weakref.ref(self.tail)
            self.tail.next = node
            self.tail = node


lst = WeakBackLinked(range(4))
print(list(lst), Node.alive, lst.tail.prev())
del lst
print("weak back links:", Node.alive, gc.collect())
