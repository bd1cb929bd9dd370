import gc, sys
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.prev = None
class DoublyLinkedList:
    def __init__(self):
        self.head = self.tail = None
        self.size = 0
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
dll = DoublyLinkedList()
for x in "abcde":
    dll.append(x)
print(list(dll), len(dll))
print(sys.getrefcount(dll.head.next))
gc.collect()
del dll
print("unreachable:", gc.collect())
