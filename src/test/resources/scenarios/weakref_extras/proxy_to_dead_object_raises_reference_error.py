# using a proxy whose object has died raises ReferenceError
import weakref
class Node:
    def __init__(self):
        self.value = 1
n = Node()
p = weakref.proxy(n)
print(p.value)
del n
print("object gone")
print(p.value)
