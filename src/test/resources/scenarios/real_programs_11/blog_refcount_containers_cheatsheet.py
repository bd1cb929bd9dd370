import sys

item = object()
base = sys.getrefcount(item)

def delta():
    return sys.getrefcount(item) - base

rows = []
t = (item, item)
rows.append(("tuple of two", delta()))
l = [item] * 5
rows.append(("plus list * 5", delta()))
d = {"a": item, "b": item}
rows.append(("plus dict values x2", delta()))
s = {item}
rows.append(("plus set", delta()))
nested = [[item], [item, [item]]]
rows.append(("plus nested lists x3", delta()))
del t, l
rows.append(("after del t, l", delta()))
d.clear(); s.clear()
rows.append(("after clearing d and s", delta()))
nested[1][1] = None
rows.append(("after replacing the innermost", delta()))

width = max(len(name) for name, _ in rows)
for name, value in rows:
    print(f"{name:<{width}} | {value:+3d}")
