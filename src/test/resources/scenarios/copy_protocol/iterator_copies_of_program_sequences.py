# Iterators of a class's list, of a list subclass and over a tuple of a list, copied.
import copy, gc, sys
from collections import deque
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
bag = Bag(1, 2, 3)
it = iter(bag)
next(it)
c = copy.copy(it)
print(next(c), next(it), sys.getrefcount(bag.items))
class Stack(list):
    pass
st = Stack([5, 6, 7])
si = iter(st)
next(si)
gc.collect()
sc = copy.deepcopy(si)
print(gc.get_count(), list(sc), list(si), type(sc).__name__)
t = iter((1, [2], 3))
next(t)
tc = copy.deepcopy(t)
x = next(tc)
print(x, x is not next(t))
