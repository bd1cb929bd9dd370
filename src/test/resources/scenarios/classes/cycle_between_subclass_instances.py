# Instances of related classes in a reference cycle are freed by gc.collect(), which counts them.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
class Special(Node):
    pass
gc.collect()
a = Node("a")
b = Special("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect())
