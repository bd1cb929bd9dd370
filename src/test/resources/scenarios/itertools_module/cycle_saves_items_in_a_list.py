# cycle copies each item into its own saved list during the first pass, so each item gains a reference
import itertools, sys
x = [1]
y = [2]
c = itertools.cycle([x, y])
print(sys.getsizeof(c))
print(next(c) is x, sys.getrefcount(x), sys.getrefcount(y))
print(next(c) is y, sys.getrefcount(y))
print([next(c)[0] for _ in range(5)])
del c
print(sys.getrefcount(x), sys.getrefcount(y))
