import sys


class Box:
    pass


b = Box()
print("fresh:", sys.getrefcount(b))
items = [b, b, b]
print("in list x3:", sys.getrefcount(b))
t = (b,)
d = {"k": b}
print("plus tuple and dict:", sys.getrefcount(b))
s = {b}
print("plus set:", sys.getrefcount(b))
items.clear()
print("list cleared:", sys.getrefcount(b))
d["k"] = None
print("dict slot replaced:", sys.getrefcount(b))
del t, s
print("tuple and set gone:", sys.getrefcount(b))


def show(obj, label):
    print(f"inside {label}: {sys.getrefcount(obj)}")


show(b, "function")
g = (x for x in [b])
print("generator holds list:", sys.getrefcount(b))
next(g)
print("after next (x in frame):", sys.getrefcount(b))
del g
print("generator closed:", sys.getrefcount(b))
m = map(id, [b])
print("map over list:", sys.getrefcount(b))
del m
print("end:", sys.getrefcount(b))
