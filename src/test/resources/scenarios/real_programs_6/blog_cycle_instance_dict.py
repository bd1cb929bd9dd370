import gc
import sys

class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __del__(self):
        print("bye", self.name)

class Child:
    def __init__(self, parent, name):
        self.parent = parent
        self.name = name
        parent.children.append(self)

    def __del__(self):
        print("bye", self.name)

gc.collect()
mum = Parent("mum")
kid = Child(mum, "kid")
print(sys.getrefcount(mum), sys.getrefcount(kid))
print(gc.is_tracked(mum.__dict__), kid.parent is mum)
del kid
print("kid still there:", [c.name for c in mum.children])
del mum
print("nothing printed yet")
print("collected", gc.collect())
