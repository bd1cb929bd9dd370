# groupby keeps the value it has read ahead: the first item of the next group lives until it is handed out
import itertools
class V:
    def __init__(self, key, n):
        self.key = key
        self.n = n
    def __del__(self):
        print("free", self.n)
items = [V("a", 1), V("a", 2), V("b", 3)]
g = itertools.groupby(items, key=lambda v: v.key)
del items
k, grp = next(g)
print("group", k, [v.n for v in grp])
print("after first group")
k, grp = next(g)
print("group", k)
del g, grp
print("end")
