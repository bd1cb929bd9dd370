# in, count, index and remove find the very nan object by identity before ==
x = float("nan")
items = [1.0, x, 2.0, x]
print(x in items, float("nan") in items)
print(items.count(x), items.index(x), (x, x).count(x), (1, x).index(x))
items.remove(x)
print(len(items), items.count(x))
