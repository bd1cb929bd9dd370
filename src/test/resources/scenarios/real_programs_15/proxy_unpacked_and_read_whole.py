import weakref, sys, gc
class Bag:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
class L(list): pass
b = Bag([3, 1, 2])
p = weakref.proxy(b)
x, y, z = p
print(x, y, z)
h, *t = p
print(h, t)
print(sorted(p), sum(p), tuple(p), max(p), min(p), list(p), set(p), 2 in p, len(p))
print(",".join(weakref.proxy(Bag(["a", "b"]))) if False else "skip")
s = Bag(["a", "b"])
ps = weakref.proxy(s)
print("-".join(ps), list(enumerate(ps)), list(zip(ps, p)), dict.fromkeys(ps))
l = L([5, 6])
pl = weakref.proxy(l)
a, c = pl
print(a, c, sorted(pl), [v * 2 for v in pl], sys.getrefcount(l))
gc.collect()
print(gc.get_count())
q, r = pl
print(gc.get_count())
try:
    a, = p
except ValueError as e:
    print(e)
del b
try:
    x, y, z = p
except ReferenceError as e:
    print(e)
try:
    sorted(p)
except ReferenceError as e:
    print(e)
