# repeat(obj, n) holds one reference to obj and yields the same object n times; the count in its repr falls
import itertools, sys
row = [0] * 4
r = itertools.repeat(row, 3)
print(r, sys.getrefcount(row), sys.getsizeof(r))
first = next(r)
print(first is row, r, sys.getrefcount(row))
grid = list(r)
print(grid[0] is grid[1], r, sys.getrefcount(row))
del r, first
print(sys.getrefcount(row))
