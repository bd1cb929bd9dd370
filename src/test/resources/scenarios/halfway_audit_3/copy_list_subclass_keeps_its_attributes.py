import copy, sys, gc

class Tagged(list):
    pass

t = Tagged(["a", "b"])
t.tag = ["red"]
t.owner = "ann"
gc.collect()
c = copy.copy(t)
print(c, c.__dict__, c.tag is t.tag, vars(c) is vars(t))
print(sys.getrefcount(t.tag), sys.getrefcount(c), sys.getrefcount(t))
print(gc.get_count())
d = copy.deepcopy(t)
print(d, d.__dict__, d.tag is t.tag, d.tag == t.tag)
print(sys.getrefcount(t.tag), sys.getrefcount(d.tag), sys.getrefcount(d))
print(gc.get_count())
e = Tagged()
print(copy.copy(e), copy.deepcopy(e), type(copy.copy(e)).__name__)
print(gc.get_count())
