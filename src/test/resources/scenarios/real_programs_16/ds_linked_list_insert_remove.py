# A singly linked list in the Python-Tutor style: nodes, insert at positions, remove, iterate.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value})"


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def insert(self, index, value):
        if index == 0:
            return self.push(value)
        prev = self.head
        for _ in range(index - 1):
            prev = prev.next
        prev.next = Node(value, prev.next)
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return cur
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __str__(self):
        return " -> ".join(map(str, self)) + " -> None"

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev


ll = LinkedList([3, 5, 8])
print(ll, len(ll))
ll.insert(1, 4)
ll.insert(4, 13)
ll.insert(0, 1)
print(ll, len(ll))
gone = ll.remove(8)
print("removed", gone, "next was cut?", gone.next is not None)
print(ll)
ll.reverse()
print(ll)
try:
    ll.remove(99)
except ValueError as e:
    print("error:", e)
print(sum(ll), max(ll), list(ll)[::2])
second = ll.head.next
print(second, second.next, second.next.next.next)
