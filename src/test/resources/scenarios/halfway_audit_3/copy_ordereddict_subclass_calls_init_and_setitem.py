import copy, sys, gc
from collections import OrderedDict

class Registry(OrderedDict):
    def __init__(self, *a, **k):
        print("init", a, k)
        super().__init__(*a, **k)

r = Registry([("b", [1]), ("a", 2)])
r.owner = "ops"
c = copy.copy(r)
print(type(c).__name__, c, c.owner, c["b"] is r["b"])
print(list(c), sys.getrefcount(r["b"]))
d = copy.deepcopy(r)
print(d, d["b"] is r["b"], d.owner, sys.getrefcount(d["b"]))
r.move_to_end("b", last=False)
print(list(copy.copy(r)), list(copy.deepcopy(r)))
