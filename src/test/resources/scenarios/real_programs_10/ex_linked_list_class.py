import sys

class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in iterable:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))
ll.prepend(9)
ll.remove(1)
print(ll)
ll.reverse()
print(ll, list(ll)[::-1])
print(ll.remove(42))
second = ll.head.next
print("refs to second node:", sys.getrefcount(second))
ll.head.next = second.next
print("after unlinking:", sys.getrefcount(second), second.value)
print(ll, len(ll))
while ll.head:
    ll.remove(ll.head.value)
print(ll, ll.size)
