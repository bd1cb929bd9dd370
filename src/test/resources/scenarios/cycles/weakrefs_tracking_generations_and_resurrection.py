# Weakref callbacks in a collected cycle, tuple untracking, collect(0/1/2) counts, resurrection, dict tracking.
import gc, sys, weakref
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
def cb(r):
    print("callback", r() is None)
a = N("a"); b = N("b"); a.other = b; b.other = a
ra = weakref.ref(a, cb); rb = weakref.ref(b, cb)
t = (1, 2, [3])
print(gc.is_tracked(t), gc.is_tracked((1, 2)), gc.is_tracked(()), gc.is_tracked("s"), gc.is_tracked([]))
t2 = tuple([1, 2])
print(gc.is_tracked(t2))
gc.collect()
print(gc.is_tracked(t2), gc.is_tracked(t))
del a, b
print("collect", gc.collect())
print(ra(), rb())
l = []
l.append(l)
print(len(gc.get_referrers(l)), len(gc.get_referents(l)))
del l
print(gc.collect(0), gc.get_count())
x = N("x")
x.self = x
gc.collect()
print(gc.get_count())
del x
print(gc.collect(1))
print(gc.collect(2))
class R:
    saved = None
    def __del__(self):
        print("resurrect")
        R.saved = self
r = R(); r.me = r
del r
print(gc.collect(), R.saved is not None)
R.saved = None
print(gc.collect())
print(gc.garbage, gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
d = {}
print(gc.is_tracked(d))
d['x'] = 1
print(gc.is_tracked(d))
d['y'] = []
print(gc.is_tracked(d))
