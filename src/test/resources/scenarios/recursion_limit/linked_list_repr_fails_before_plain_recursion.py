# A recursive __repr__ over a linked list: each node costs the builtin repr() call, PyObject_Repr
# and the __repr__ frame, so a list far shorter than the recursion limit cannot print itself,
# while an iterative walk over the same nodes works.
import sys


class Cell:
    def __init__(self, value, rest=None):
        self.value = value
        self.rest = rest

    def __repr__(self):
        if self.rest is None:
            return f"Cell({self.value})"
        return "Cell(" + repr(self.value) + ", " + repr(self.rest) + ")"

    def length(self):
        n, node = 0, self
        while node is not None:
            n, node = n + 1, node.rest
        return n

    def total(self):
        return self.value + (self.rest.total() if self.rest else 0)


def build(n):
    head = None
    for i in range(n, 0, -1):
        head = Cell(i, head)
    return head


for size in (10, 300, 400, 600):
    chain = build(size)
    try:
        text = repr(chain)
        print(size, "printed", len(text), text[:30])
    except RecursionError as err:
        print(size, "RecursionError:", err)
    try:
        print(size, "total", chain.total(), "length", chain.length())
    except RecursionError as err:
        print(size, "total RecursionError:", err)

sys.setrecursionlimit(120)
small = build(45)
try:
    print(len(repr(small)))
except RecursionError as err:
    print("45 at limit 120:", err)
print(len(str([build(3)])), sys.getrefcount(small))
