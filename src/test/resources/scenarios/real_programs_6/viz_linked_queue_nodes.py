class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

class Queue:
    def __init__(self):
        self.head = self.tail = None
        self.size = 0

    def push(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.size += 1

    def pop(self):
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return node.value

    def __repr__(self):
        out = []
        node = self.head
        while node:
            out.append(repr(node.value))
            node = node.next
        return "Queue[" + ", ".join(out) + "]"

q = Queue()
for word in "to be or not".split():
    q.push(word)
print(q, q.size)
print(q.pop(), q.pop())
print(q)
q.pop(); q.pop()
print(q, q.head, q.tail)
