from dataclasses import dataclass
from typing import Optional, Iterator

@dataclass
class Node:
    value: int
    next: Optional["Node"] = None

class LinkedList:
    def __init__(self, values=()):
        self.head: Optional["Node"] = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self) -> Iterator[int]:
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(str, self)) + " -> None"

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur and cur.value != value:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError(f"{value} not in list")
        if prev is None:
            self.head = cur.next
        else:
            prev.next = cur.next
        self.size -= 1

ll = LinkedList([3, 1, 4, 1, 5, 9])
print(ll, len(ll))
ll.reverse()
print(ll)
ll.remove(4)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("error:", e)
print("max:", max(ll), "sum:", sum(ll))
