# Visualising names and objects: id() equality printed as booleans and refcounts.
import sys

names = {}
a = [1, 2, 3]
b = a
c = list(a)
d = a[:]
e = [a, a]
for label, obj in [("b", b), ("c", c), ("d", d), ("e[0]", e[0]), ("e[1]", e[1])]:
    print(f"{label:5} same object as a: {id(obj) == id(a)!s:5}  equal: {obj == a}")
print("refcount of a:", sys.getrefcount(a))
del b
e.pop()
print("after del b and pop:", sys.getrefcount(a))
x = (a, c)
y = x
print("tuple alias:", y is x, sys.getrefcount(x))
key = "alpha"
table = {key: a}
print(next(iter(table)) is key, table[key] is a)
def ident(v):
    return v
print(ident(a) is a, ident(a[:]) is a)
sq = [n * n for n in range(4)]
gen = (n for n in sq)
print(sys.getrefcount(sq), list(gen) == sq, sys.getrefcount(sq))
del gen
print(sys.getrefcount(sq))
