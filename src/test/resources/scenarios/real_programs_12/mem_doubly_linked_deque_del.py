import gc


class _Node:
    __slots__ = ("value", "prev", "next", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedDeque:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for item in items:
            self.push_back(item)

    def push_back(self, value):
        node = _Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def pop_front(self):
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size


d = LinkedDeque("abcde")
print(list(d), len(d))
print(d.pop_front(), d.pop_front(), list(d))
gc.collect()
before = gc.get_count()
del d
print("unreachable nodes collected:", gc.collect())
e = LinkedDeque(range(3))
while len(e):
    e.pop_front()
print("emptied by hand:", gc.collect())
