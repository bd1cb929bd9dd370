# The first iterable of a generator expression is evaluated at once; the rest later.
items = [1, 2, 3]
g = (x * 10 for x in items)
items = [9]
print(list(g))
