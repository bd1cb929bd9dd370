# keys(), values() and items() list only the live entries; del removes an entry by hand
import weakref
class Item:
    def __init__(self, n):
        self.n = n
a = Item(1)
b = Item(2)
c = Item(3)
d = weakref.WeakValueDictionary()
d["a"] = a
d["b"] = b
d["c"] = c
del b
print(sorted(d.keys()), [v.n for v in d.values()], [(k, v.n) for k, v in d.items()])
del d["c"]
print(list(d), len(d))
