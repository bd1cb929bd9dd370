# Two instances referencing each other are collected together; instance attributes need no separate dict in 3.11.
import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("collected", gc.collect())
