# every call of a factory runs the class statement again: two calls give two distinct class objects
import sys
def make():
    class Node:
        def __init__(self, v):
            self.v = v
    return Node(3)
a = make()
b = make()
print(type(a) is type(b), a.v, b.v)
print(type(a))
print(sys.getrefcount(type(a)))
print(isinstance(a, type(b)), isinstance(a, type(a)))
