# A linked list iterated by a separate iterator class: nodes are freed when the list goes, after the loop.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __del__(self):
        print("free", self.value)

class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self):
        return NodeIterator(self.head)

class NodeIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

ll = LinkedList(1, 2, 3)
print(list(ll))
print(sum(ll), 2 in ll)
del ll
print("end")
