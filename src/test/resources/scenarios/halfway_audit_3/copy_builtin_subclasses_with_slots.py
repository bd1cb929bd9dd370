import copy, sys, gc

class Slotted(list):
    __slots__ = ("note", "extra")

class Point(dict):
    __slots__ = ("x",)

s = Slotted([1, 2])
s.note = ["n"]
p = Point(a=1)
p.x = 5
gc.collect()
c = copy.copy(s)
print(type(c).__name__, c, c.note, c.note is s.note, hasattr(c, "extra"))
print(sys.getrefcount(s.note), hasattr(c, "__dict__"))
print(gc.get_count())
d = copy.deepcopy(s)
print(d, d.note, d.note is s.note, sys.getrefcount(d.note))
print(gc.get_count())
cp = copy.copy(p)
dp = copy.deepcopy(p)
print(cp, cp.x, dp, dp.x, type(dp).__name__)
print(gc.get_count())
