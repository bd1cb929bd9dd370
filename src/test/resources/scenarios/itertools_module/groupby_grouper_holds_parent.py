# each _grouper holds its groupby (one reference) and is 48 bytes; an old grouper yields nothing once groupby moved on
import itertools, sys, gc
g = itertools.groupby([1, 1, 2, 3, 3])
print(sys.getsizeof(g), gc.is_tracked(g), sys.getrefcount(g))
k, first = next(g)
print(k, sys.getsizeof(first), sys.getrefcount(g))
k2, second = next(g)
print(k2, list(first), list(second))
del first, second
print(sys.getrefcount(g))
