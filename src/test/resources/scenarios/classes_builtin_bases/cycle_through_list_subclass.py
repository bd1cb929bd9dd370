# Two list-subclass nodes referring to each other are collected together; a weak reference sees them go
import gc, weakref
class Node(list):
    def __del__(self):
        print("del", self.name)
gc.collect()
a = Node()
b = Node()
a.name = "a"
b.name = "b"
a.append(b)
b.append(a)
r = weakref.ref(a)
del a, b
print("alive", r() is not None)
print("collected", gc.collect())
print("alive", r() is not None)
