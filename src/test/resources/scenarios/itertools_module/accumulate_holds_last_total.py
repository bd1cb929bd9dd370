# accumulate keeps its running total: the last list it returned has one more reference while the iterator lives
import itertools, sys
acc = itertools.accumulate([[1], [2], [3]])
first = next(acc)
print(first, sys.getrefcount(first))
second = next(acc)
print(second, sys.getrefcount(first), sys.getrefcount(second))
print(sys.getsizeof(acc))
del acc
print(sys.getrefcount(second))
