# deepcopy handles cycles
import copy, gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
a = Node(1); b = Node(2)
a.next = b; b.next = a
c = copy.deepcopy(a)
print(c.v, c.next.v, c.next.next is c, c is not a)
lst = [1, 2]
lst.append(lst)
dup = copy.deepcopy(lst)
print(dup[2] is dup, dup is not lst, dup)
del a, b, c, lst, dup
print(gc.collect())
