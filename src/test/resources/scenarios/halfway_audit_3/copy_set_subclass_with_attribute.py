import copy, sys, gc

class Named(set):
    pass

n = Named(["x"])
n.label = ["lbl"]
gc.collect()
c = copy.copy(n)
print(sorted(c), c.label, c.label is n.label, sys.getrefcount(n.label))
d = copy.deepcopy(n)
print(sorted(d), d.label, d.label is n.label, sys.getrefcount(d.label))
print(gc.get_count())
