class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push_front(v)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __str__(self):
        return " -> ".join(map(str, self)) + " -> None"

def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False

ll = LinkedList([1, 2, 3, 4])
print(ll, ll.size)
ll.reverse()
print(ll)
print(has_cycle(ll.head))
tail = ll.head
while tail.next:
    tail = tail.next
tail.next = ll.head.next
print(has_cycle(ll.head))
import gc
tail.next = None
del ll, tail
print(gc.collect())
