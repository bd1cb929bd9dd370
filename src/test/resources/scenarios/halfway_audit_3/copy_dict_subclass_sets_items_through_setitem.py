import copy, sys, gc

class Loud(dict):
    def __init__(self, *a, **k):
        print("init called")
        super().__init__(*a, **k)

    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value)

v = [1, 2]
d = Loud(a=v, b=2)
gc.collect()
c = copy.copy(d)
print(type(c).__name__, c, c["a"] is v)
print(sys.getrefcount(v), sys.getrefcount(c), sys.getrefcount(d))
e = copy.deepcopy(d)
print(type(e).__name__, e, e["a"] is v, e["a"] == v)
print(sys.getrefcount(v), sys.getrefcount(e["a"]), sys.getrefcount(e))
print(gc.get_count())
