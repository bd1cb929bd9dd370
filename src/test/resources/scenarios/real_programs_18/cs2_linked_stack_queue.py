# CS2: a linked stack and a circular-array queue, tested on bracket matching and a printer queue.
class Node:
    __slots__ = ("value", "below")

    def __init__(self, value, below=None):
        self.value = value
        self.below = below

class Stack:
    def __init__(self):
        self._top = None
        self._size = 0

    def push(self, v):
        self._top = Node(v, self._top)
        self._size += 1

    def pop(self):
        if self._top is None:
            raise IndexError("pop from empty stack")
        node = self._top
        self._top = node.below
        self._size -= 1
        return node.value

    def peek(self):
        return None if self._top is None else self._top.value

    def __len__(self):
        return self._size

    def __repr__(self):
        items, n = [], self._top
        while n:
            items.append(repr(n.value))
            n = n.below
        return "Stack(top -> " + ", ".join(items) + ")"

class ArrayQueue:
    def __init__(self, capacity=4):
        self._data = [None] * capacity
        self._front = 0
        self._count = 0

    def enqueue(self, v):
        if self._count == len(self._data):
            old = self._data
            self._data = [None] * (2 * len(old))
            for i in range(self._count):
                self._data[i] = old[(self._front + i) % len(old)]
            self._front = 0
            print(f"  (grew to {len(self._data)})")
        self._data[(self._front + self._count) % len(self._data)] = v
        self._count += 1

    def dequeue(self):
        if self._count == 0:
            raise IndexError("dequeue from empty queue")
        v = self._data[self._front]
        self._data[self._front] = None
        self._front = (self._front + 1) % len(self._data)
        self._count -= 1
        return v

    def __len__(self):
        return self._count

def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for i, ch in enumerate(expr):
        if ch in "([{":
            s.push((ch, i))
        elif ch in pairs:
            if not len(s) or s.peek()[0] != pairs[ch]:
                return f"unexpected {ch!r} at {i}"
            s.pop()
    return "ok" if not len(s) else f"unclosed {s.peek()[0]!r} at {s.peek()[1]}"

for e in ["(a[b]{c})", "((x)", "[a)(b]", "{[()()]}", "())"]:
    print(f"{e:12} {balanced(e)}")
s = Stack()
for w in "to be or not".split():
    s.push(w)
print(s, len(s))
print(s.pop(), s.pop(), s)
q = ArrayQueue()
for job in ["doc1", "doc2", "doc3"]:
    q.enqueue(job)
print(q.dequeue(), q.dequeue())
for job in ["doc4", "doc5", "doc6", "doc7"]:
    q.enqueue(job)
print([q.dequeue() for _ in range(len(q))], q._data)
try:
    q.dequeue()
except IndexError as e:
    print("IndexError:", e)
Stack().pop()
