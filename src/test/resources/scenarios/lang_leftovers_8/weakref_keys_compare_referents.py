import sys, weakref

class Node:
    def __init__(self, name):
        self.name = name

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        print("  eq", self.x, other.x, sys.getrefcount(self), sys.getrefcount(other))
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

a = Node("a")
d = {weakref.ref(a): "first"}
print(d[weakref.ref(a)])
r1 = weakref.ref(a, lambda r: None)
r2 = weakref.ref(a, lambda r: None)
print(r1 is r2, r1 == r2, len({r1, r2}), r1 in d, d.get(r2))
d[r1] = "second"
print(len(d), list(d.values()))
p, q = Point(1, 2), Point(1, 2)
s = {weakref.ref(p)}
print("lookup")
print(weakref.ref(q) in s)
print(len({weakref.ref(p), weakref.ref(q)}))
keep = weakref.ref(q)
s.add(keep)
print(len(s))
b = Node("b")
rb = weakref.ref(b)
table = {rb: 1}
del b
print(rb() is None, table[rb], len(table))
c = Node("c")
rc1, rc2 = weakref.ref(c, id), weakref.ref(c, id)
t = {rc1: 1}
print(t.get(rc2))
del c
print(t.get(rc2), t.get(rc1), rc1 == rc2)


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __init__(self, ob, tag):
        super().__init__(ob)
        self.tag = tag


m, n = Point(5, 6), Point(5, 6)
registry = {Tagged(m, "first"): "m"}
print(registry.get(Tagged(n, "second")), registry.get(weakref.ref(n)), Tagged(m, "x") == weakref.ref(n))
points = [Point(i, i * i) for i in range(6)]
refs = {weakref.ref(pt) for pt in points}
print(sorted(r().x for r in refs), [r().x for r in refs])
del points[2]
print(sum(1 for r in refs if r() is None), len(refs))
