# list.append(self, x), list.__setitem__(self, i, v) and Stack.append read through the class: list's own code, never the override
import sys
class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v * 2)
    def __len__(self):
        return list.__len__(self) + 100
    def append(self, v):
        print("append", v)
        list.append(self, v)
g = Logged([1, 2])
g[0] = 5
g.append(3)
Logged.append(g, 4)
list.append(g, 6)
print(g, len(g), list.__len__(g), list.__repr__(g))
class Stack(list):
    pass
s = Stack()
Stack.append(s, 1)
print(s, Stack.__len__(s), Stack.copy(s), type(Stack.copy(s)).__name__, sys.getsizeof(s))
