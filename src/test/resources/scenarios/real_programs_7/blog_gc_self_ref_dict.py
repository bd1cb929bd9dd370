import gc

gc.collect()
gc.disable()
d = {}
d["me"] = d
print(gc.is_tracked(d), len(d))
del d
print("unreachable found:", gc.collect())

lst = []
lst.append(lst)
lst.append({"back": lst})
del lst
print("list + dict cycle:", gc.collect())

class Box:
    pass

b = Box()
b.contents = [b]
del b
print("instance + list cycle:", gc.collect())
gc.enable()
print(gc.collect())
