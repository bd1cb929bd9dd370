# a class statement inside a class body becomes a class attribute; its qualified name carries the outer class
import sys, gc
class Tree:
    class Leaf:
        def __init__(self, v):
            self.v = v
        def __del__(self):
            print("leaf freed", self.v)
    def leaf(self, v):
        return self.Leaf(v)
t = Tree()
x = t.leaf(7)
print(type(x), Tree.Leaf is type(x))
print(sys.getrefcount(Tree.Leaf))
del x
print("gc", gc.collect())
