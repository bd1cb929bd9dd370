# Inside __deepcopy__: the memo is a real dict; refs to self and to the memo while copy.py runs.
import copy
import sys

class Box:
    def __init__(self, content):
        self.content = content

    def __deepcopy__(self, memo):
        print("self refs:", sys.getrefcount(self), "memo refs:", sys.getrefcount(memo))
        print("keys are ints:", all(type(k) is int for k in memo))
        return Box(copy.deepcopy(self.content, memo))

b = Box([1, 2, 3])
c = copy.deepcopy(b)
print(c.content, c.content is b.content)
outer = [b]
d = copy.deepcopy(outer)
print(d[0].content, d[0] is b)
mine = {}
e = copy.deepcopy(b, mine)
print(len(mine), mine[id(b.content)] is e.content, sys.getrefcount(b))
