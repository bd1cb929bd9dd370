class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

for e in ["(a[b]{c})", "(]", "((", "{[()()]}", ""]:
    print(repr(e), balanced(e))

def to_binary(n):
    st = Stack()
    while n:
        n, r = divmod(n, 2)
        st.push(str(r))
    out = ""
    while st:
        out += st.pop()
    return out or "0"

print([to_binary(n) for n in (0, 5, 10, 255)])
s = Stack()
s.push(1)
print(s, len(s), s.peek())
s.pop()
try:
    s.pop()
except IndexError as err:
    print("IndexError:", err)
