import gc
import weakref

class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = self
    def __del__(self):
        print("del parent", self.name)

class Child:
    def __init__(self, name):
        self.name = name
        self.parent = None
    def __del__(self):
        print("del child", self.name)

class WeakChild:
    def __init__(self, name):
        self.name = name
        self._parent = None
    @property
    def parent(self):
        return self._parent() if self._parent else None
    @parent.setter
    def parent(self, p):
        self._parent = weakref.ref(p)
    def __del__(self):
        print("del weak child", self.name)

gc.collect()
p = Parent("strong")
p.add(Child("c1"))
p.add(Child("c2"))
del p
print("strong tree deleted; collect ->", gc.collect())
q = Parent("weak")
q.add(WeakChild("w1"))
print(q.children[0].parent.name)
del q
print("weak tree deleted; collect ->", gc.collect())
