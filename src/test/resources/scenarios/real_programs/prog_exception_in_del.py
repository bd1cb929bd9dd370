# exceptions inside __del__ are ignored (but printed to stderr)
import gc
class Careful:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        try:
            print("cleanup", self.name)
            raise RuntimeError("oops")
        except RuntimeError as e:
            print("handled in __del__:", e)
c = Careful("one")
del c
class Parent:
    def __init__(self):
        self.children = [Child(self, i) for i in range(2)]
class Child:
    def __init__(self, parent, i):
        self.parent = parent
        self.i = i
    def __del__(self):
        print("child", self.i, "collected")
p = Parent()
del p
print("before gc")
print("collected", gc.collect())
