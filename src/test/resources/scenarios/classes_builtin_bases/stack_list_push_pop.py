# A Stack(list) with push/pop/peek: list methods through self, sizes (list + 24), the class held by each instance
import sys
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
    def is_empty(self):
        return len(self) == 0
print("refcount Stack", sys.getrefcount(Stack))
s = Stack()
print("refcount Stack", sys.getrefcount(Stack))
print("empty", s.is_empty(), sys.getsizeof(s), sys.getsizeof([]))
for word in ["alpha", "beta", "gamma"]:
    s.push(word)
print(s, len(s), s.peek(), sys.getsizeof(s))
print("popped", s.pop(), s, sys.getsizeof(s))
item = "-".join(["delta", "x"])
s.push(item)
print("refcount item", sys.getrefcount(item))
s.pop()
print("refcount item", sys.getrefcount(item))
print(type(s), isinstance(s, list), isinstance(s, Stack), type(s) is Stack)
del s
print("refcount Stack", sys.getrefcount(Stack))
