class EmptyError(Exception):
    """Raised when popping from an empty container."""

class FullError(Exception):
    pass

class Stack:
    def __init__(self, limit=None):
        self._data = []
        self.limit = limit
    def push(self, x):
        if self.limit is not None and len(self._data) >= self.limit:
            raise FullError(f"stack limit {self.limit} reached")
        self._data.append(x)
    def pop(self):
        if not self._data:
            raise EmptyError("pop from empty stack")
        return self._data.pop()
    def peek(self):
        return self._data[-1] if self._data else None
    def __len__(self):
        return len(self._data)
    def __bool__(self):
        return bool(self._data)
    def __repr__(self):
        return f"Stack({self._data})"

class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def enqueue(self, x):
        self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError("dequeue from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return not s

for t in ["(a[b]{c})", "([)]", "((", "())", ""]:
    print(f"{t!r:12} balanced={balanced(t)}")
s = Stack(limit=2)
s.push(1); s.push(2)
try:
    s.push(3)
except FullError as e:
    print("FullError:", e)
print(s, s.peek(), len(s))
q = Queue()
for i in range(4):
    q.enqueue(i)
print(q.dequeue(), q.dequeue())
q.enqueue(9)
print([q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except EmptyError as e:
    print(type(e).__name__, e, EmptyError.__doc__)
