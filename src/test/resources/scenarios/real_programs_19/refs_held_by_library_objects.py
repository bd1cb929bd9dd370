# Library objects hold references too: partial, itemgetter, map, zip,
# itertools, enumerate and sorted's key all keep what they were given.
import functools
import itertools
import operator
import sys

item = ["payload"]
base = sys.getrefcount(item)


def extra():
    return sys.getrefcount(item) - base


p = functools.partial(print, item)
print("partial:", extra())
g = operator.itemgetter(0)
print("itemgetter does not hold the item:", extra())
m = map(len, [item])
print("map over a list holding it:", extra())
z = zip([item], [item])
print("zip over two lists:", extra())
c = itertools.repeat(item, 3)
print("repeat:", extra())
cy = itertools.cycle([item])
print("cycle:", extra())
e = enumerate([item])
print("enumerate:", extra())
ch = itertools.chain([item], [item])
print("chain:", extra())
del p, m, z, c, cy, e, ch
print("all dropped:", extra())
first = next(itertools.islice(itertools.repeat(item), 1))
print("value from islice:", extra())
del first
acc = list(itertools.accumulate([[1], [2]]))
print("accumulate results:", acc)
print("end:", extra())
