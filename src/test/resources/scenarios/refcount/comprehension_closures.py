# Comprehensions in functions share their enclosing locals through cells; nested comprehensions too.
import sys, gc
def scale(xs, k):
    out = [x * k for x in xs]
    print("k", sys.getrefcount(k))
    return out
big = 10 ** 30
print(scale([1, 2], big)[1] == 2 * big, sys.getrefcount(big))
def pairs(n):
    return [(i, j) for i in range(n) for j in range(i)]
print(pairs(3))
def nested(rows):
    return [[c * r for c in rows] for r in rows]
print(nested([1, 2]))
m = [[i + j for j in range(2)] for i in range(2)]
print(m)
def uses_cell():
    items = [1]
    f = [items for _ in range(2)]
    items = [2]
    return f, items
print(uses_cell())
gc.collect()
def cyc():
    data = [0]
    r = [len(data) for _ in range(1)]
    return r
print(cyc(), gc.collect())
