# the first access of a cached_property makes the instance's __dict__ (a split dict, tracked), the value and the lock's __exit__ tuple; later reads allocate nothing; a cycle through the cached value is collected
import gc
import sys
from functools import cached_property

class Node:
    def __init__(self, name):
        self.name = name

    @cached_property
    def me(self):
        return [self]

    @cached_property
    def label(self):
        return self.name.upper()

a = Node("a")
b = Node("b")
gc.collect()
c0 = gc.get_count(); x = a.label; c1 = gc.get_count(); y = a.label; c2 = gc.get_count()
c3 = gc.get_count(); z = b.me; c4 = gc.get_count()
print(c0, c1, c2, c3, c4)
print(sys.getsizeof(vars(a)), gc.is_tracked(vars(a)))
del x, y, z, a, b
print("collected", gc.collect())
