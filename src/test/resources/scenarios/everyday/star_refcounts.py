# The items of a starred display are shared, not copied: each container holds one reference more.
import sys

item = object()
xs = [item, item]
print(sys.getrefcount(item))
ys = [*xs, item]
print(sys.getrefcount(item), len(ys))
t = (*xs, *ys)
print(sys.getrefcount(item), len(t), sys.getsizeof(t))
s = {*xs, *ys}
print(sys.getrefcount(item), len(s))
del ys, t, s
print(sys.getrefcount(item))
z = [*xs]
print(z is xs, z == xs, sys.getrefcount(item), sys.getrefcount(xs))
