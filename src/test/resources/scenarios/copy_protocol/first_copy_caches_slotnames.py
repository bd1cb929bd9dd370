# The first copy of a class through __reduce_ex__ stores cls.__slotnames__ (a list kept in the class dict).
import gc, copy
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
a = Node("a")
c0 = copy.deepcopy(a)
gc.collect()
before = gc.get_count()
c = copy.deepcopy(a)
after = gc.get_count()
print(before, after)
