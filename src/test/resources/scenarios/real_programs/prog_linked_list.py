# Python Tutor style singly linked list
import sys

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def reverse(self):
        prev, cur = None, self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

ll = LinkedList()
for ch in "hello":
    ll.push(ch)
print(list(ll), len(ll))
ll.reverse()
print("".join(ll))
first = ll.head
print(first, sys.getrefcount(first))
print(sys.getsizeof(first) , type(first).__name__)
del ll
print(sys.getrefcount(first))
