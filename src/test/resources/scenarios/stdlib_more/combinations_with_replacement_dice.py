# combinations_with_replacement: every multiset of r items in CPython's order, the pool tuple it keeps, its size, and the result tuple reused when the caller let go of it
import sys
import gc
from itertools import combinations_with_replacement

print(list(combinations_with_replacement("abc", 2)))
totals = {}
for roll in combinations_with_replacement(range(1, 4), 2):
    totals[sum(roll)] = totals.get(sum(roll), 0) + 1
print(totals)
coins = [1, 5, 10]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 15]
print(ways)
it = combinations_with_replacement(coins, 4)
print(sys.getsizeof(it), gc.is_tracked(it))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([7], 0)))
items = [[0], [1]]
cw = combinations_with_replacement(items, 3)
print("pool copy holds items", sys.getrefcount(items[0]))
first = next(cw)
second = next(cw)
print(first is second, first, second)
del first, second
a = next(cw)
del a
b = next(cw)
print(b, sys.getrefcount(items[1]))
try:
    combinations_with_replacement(coins, -1)
except ValueError as e:
    print("ValueError:", e)
