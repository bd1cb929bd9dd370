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
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not len(s) or s.pop() != pairs[ch]:
                return False
    return len(s) == 0
for t in ["(a[b]{c})", "(]", "((", ""]:
    print(repr(t), balanced(t))
q = deque()
for i in range(5):
    q.append(i)
q.rotate(2)
print(q, q.popleft(), q.pop())
s = Stack()
try:
    s.pop()
except IndexError as e:
    print(e)
