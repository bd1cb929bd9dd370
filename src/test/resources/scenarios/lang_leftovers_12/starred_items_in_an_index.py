# PEP 646 (3.11): an index may have starred items, and is then a tuple even with one item alone:
# d[*key] is d[(*key,)], built as a starred tuple display is, in a load, a store and a del.
import gc
d = {}
b = [1, 2]
d[*b] = "x"
d[0, *b] = "y"
d[*b, i := 9] = "z"
print(d, d[*b], i)
grid = {(r, c): r * c for r in range(2) for c in range(2)}
pos = [1, 1]
print(grid[*pos])
del d[*b]
print(d)
gc.collect()
a = gc.get_count()[0]
v = grid[*pos]
print(gc.get_count()[0] - a)
try:
    print([1, 2][*b])
except TypeError as e:
    print(e)
