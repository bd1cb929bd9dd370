import sys
import gc


class Node:
    def __init__(self, value, prev=None, next=None):
        self.value, self.prev, self.next = value, prev, next

    def __repr__(self):
        return f"Node({self.value!r})"


class DList:
    def __init__(self, iterable=()):
        self.head = self.tail = None
        self.n = 0
        for x in iterable:
            self.append(x)

    def append(self, v):
        node = Node(v, self.tail)
        if self.tail:
            self.tail.next = node
        else:
            self.head = node
        self.tail = node
        self.n += 1

    def appendleft(self, v):
        node = Node(v, None, self.head)
        if self.head:
            self.head.prev = node
        else:
            self.tail = node
        self.head = node
        self.n += 1

    def pop(self):
        if not self.tail:
            raise IndexError("pop from empty DList")
        node = self.tail
        self.tail = node.prev
        if self.tail:
            self.tail.next = None
        else:
            self.head = None
        self.n -= 1
        return node.value

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __reversed__(self):
        cur = self.tail
        while cur:
            yield cur.value
            cur = cur.prev

    def __len__(self):
        return self.n

    def __repr__(self):
        return "DList([" + ", ".join(map(repr, self)) + "])"


d = DList("bcd")
d.appendleft("a")
d.append("e")
print(d, len(d), list(reversed(d)))
print(d.pop(), d.pop(), d)
mid = d.head.next
print(mid, sys.getrefcount(mid))
gc.collect()
del d
print("collected", gc.collect())
print(sys.getrefcount(mid), mid.prev, mid.next)
e = DList()
try:
    e.pop()
except IndexError as err:
    print(err)
