# In-place += on attributes and subscripts, values waiting on the stack, repeated arguments and keyword arguments.
import sys
class B:
    pass
b = B()
b.items = []
print(sys.getrefcount(b.items))
b.items += [1]
print(sys.getrefcount(b.items), b.items)
d = {"k": []}
d["k"] += [2]
print(sys.getrefcount(d["k"]), d)
y = []
print(y, sys.getrefcount(y))
print(sys.getrefcount(y) < sys.getrefcount(y) + 1)
t = (y, y)
print(sys.getrefcount(y))
z = t[0]
print(sys.getrefcount(y))
def g(a, b, c):
    return sys.getrefcount(a)
print(g(y, y, y))
print(g(y, b=y, c=y))
w = [y for _ in range(2)]
print(sys.getrefcount(y))
del w, t, z
print(sys.getrefcount(y))
