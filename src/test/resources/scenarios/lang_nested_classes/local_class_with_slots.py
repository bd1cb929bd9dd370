# __slots__ in a local class: instances have no dict (their size), and the dead class brings its member descriptors to gc
import sys, gc
def make():
    class Pair:
        __slots__ = ("a", "b")
        def __init__(self, a, b):
            self.a = a
            self.b = b
    return Pair(1, 2)
gc.collect()
p = make()
print(p.a, p.b, sys.getsizeof(p))
del p
print("collected", gc.collect())
