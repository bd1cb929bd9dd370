import gc

print(gc.is_tracked(42), gc.is_tracked("hello"), gc.is_tracked(3.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked([1, 2]), gc.is_tracked(set()), gc.is_tracked(object()))
d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = 1
print("dict of ints", gc.is_tracked(d))
d["b"] = "str"
print("dict of atoms", gc.is_tracked(d))
d["c"] = []
print("dict holding a list", gc.is_tracked(d))
del d["c"]
print("list removed again", gc.is_tracked(d))

t = tuple([1, 2, 3])
print("new tuple of ints", gc.is_tracked(t))
gc.collect()
print("after a collection", gc.is_tracked(t))
u = tuple([[], 1])
gc.collect()
print("tuple holding a list", gc.is_tracked(u))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print("instance", gc.is_tracked(p), "its dict", gc.is_tracked(p.__dict__))

def f():
    pass

print("function", gc.is_tracked(f), "class", gc.is_tracked(Point))
print("frozenset", gc.is_tracked(frozenset([1])), "bytes", gc.is_tracked(b"x"))
print("range", gc.is_tracked(range(3)), "generator", gc.is_tracked(x for x in ()))
