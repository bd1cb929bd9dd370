# __eq__ that compares children with ==: every level is a COMPARE_OP (PyObject_RichCompare's check)
# and a frame, so two equal trees deeper than half the limit cannot be compared.
import sys


class Tree:
    def __init__(self, label, child=None):
        self.label = label
        self.child = child

    def __eq__(self, other):
        if not isinstance(other, Tree):
            return NotImplemented
        return self.label == other.label and self.child == other.child

    __hash__ = None


def chain(n):
    t = None
    for i in range(n):
        t = Tree(i % 3, t)
    return t


for n in (50, 400, 520):
    a, b = chain(n), chain(n)
    try:
        print(n, a == b, a != b)
    except RecursionError as err:
        print(n, "RecursionError:", err)
print([chain(2)] == [chain(2)], chain(3) in [chain(1), chain(3)])
sys.setrecursionlimit(100)
try:
    print(chain(60) == chain(60))
except RecursionError as err:
    print("limit 100:", err)
