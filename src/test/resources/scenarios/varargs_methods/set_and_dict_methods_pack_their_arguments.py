# set.update, union, intersection, difference and their _update forms, and
# dict.update, take their arguments as a tuple (METH_VARARGS): each call makes
# one, which goes to the tuple free list, so gc.get_count() is one higher after
# them than after a METH_O method such as symmetric_difference.
import gc

s = {1, 2}
t = {2, 3}
for name in ["update", "union", "intersection", "difference", "intersection_update", "difference_update",
             "symmetric_difference", "issubset", "isdisjoint", "symmetric_difference_update"]:
    method = getattr(s, name)
    gc.collect()
    result = method(t)
    count = gc.get_count()
    del result
    print(name, count, sorted(s))

d = {}
gc.collect()
d.update({"a": 1})
print(gc.get_count())
gc.collect()
d.update(b=2)
print(gc.get_count())
gc.collect()
d.update({"c": 3}, e=5)
print(gc.get_count())
gc.collect()
d.update(*[{"x": 1}], **{"y": 2})
print(gc.get_count())
gc.collect()
s.update(*[[7], [8]])
print(gc.get_count(), sorted(s), sorted(d))
gc.collect()
u = frozenset({1}).union([2], (3,))
print(gc.get_count(), sorted(u))
