# Stack and queue: a list-based stack, a two-list queue, and collections.deque, side by side.
from collections import deque


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class TwoListQueue:
    def __init__(self):
        self.inbox, self.outbox = [], []

    def enqueue(self, x):
        self.inbox.append(x)

    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)


s = Stack()
for ch in "stack":
    s.push(ch)
print(s, s.peek())
print("".join(s.pop() for _ in range(3)), s)
q = TwoListQueue()
for n in range(1, 6):
    q.enqueue(n * n)
print(q.dequeue(), q.dequeue(), len(q), q.inbox, q.outbox)
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
print(d, d.maxlen)
d.rotate(2)
print(d)
d.extendleft("ab")
print(d, d.count(2), d.index(3))
empty = Stack()
while True:
    try:
        empty.pop()
    except IndexError as e:
        print("caught:", e)
        break
print(bool(empty), bool(s))
