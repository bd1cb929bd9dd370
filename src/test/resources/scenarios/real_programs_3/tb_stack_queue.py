from collections import deque

class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def is_empty(self):
        return not self._items
    def __len__(self):
        return len(self._items)

def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.is_empty() or s.pop() != pairs[ch]:
                return False
    return s.is_empty()

for e in ["(a[b]{c})", "([)]", "((", ""]:
    print(repr(e), balanced(e))

q = deque()
for name in ["ann", "ben", "cat"]:
    q.append(name)
q.appendleft("vip")
print(q.popleft(), q.popleft(), list(q), len(q))
s = Stack()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
def to_binary(n):
    s = Stack()
    while n > 0:
        s.push(n % 2)
        n //= 2
    return "".join(str(s.pop()) for _ in range(len(s))) or "0"
print(to_binary(10), to_binary(255), to_binary(0))
