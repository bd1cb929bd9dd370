# gc.get_count() around deepcopy of an instance in a cycle after a warm-up copy, then of a list holding both, then copy.copy.
import gc, copy
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.items = [1, 2]
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
x = copy.deepcopy(Node("warm"))
gc.collect()
print(gc.get_count())
c = copy.deepcopy(a)
print(gc.get_count())
d = copy.deepcopy([a, b])
print(gc.get_count())
e = copy.copy(a)
print(gc.get_count())
print(gc.collect())
