# takewhile, dropwhile, filterfalse, starmap, compress, pairwise: lazy, releasing what they skip
import itertools, sys, gc
readings = [3, 5, 8, 13, 2, 1, 21]
print(list(itertools.takewhile(lambda x: x < 10, readings)), list(itertools.dropwhile(lambda x: x < 10, readings)))
print(list(itertools.filterfalse(lambda x: x % 2, readings)), list(itertools.filterfalse(None, [0, 1, "", "a", None])))
print(list(itertools.starmap(pow, [(2, 3), (10, 2), [3, 3]])), list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])), list(itertools.compress(range(10), [1, 1])))
tw = itertools.takewhile(bool, iter(readings))
print(sys.getsizeof(tw), sys.getsizeof(itertools.starmap(pow, [])), sys.getsizeof(itertools.pairwise([])), gc.is_tracked(tw))
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(n) for n in range(5)]
first = items[0]
pw = itertools.pairwise(items)
pair = next(pw)
print(pair[0] is first, sys.getrefcount(first), sys.getrefcount(items[1]))
del pair
print(sys.getrefcount(first), sys.getrefcount(items[1]))
rest = list(pw)
print(len(rest), sys.getrefcount(items[1]), sys.getrefcount(items[4]))
del rest, pw
print(sys.getrefcount(items[4]))
stop = itertools.takewhile(lambda it: it.n < 2, items)
print([i.n for i in stop], next(stop, "done"), sys.getrefcount(items[2]))
cycle = [None]
cycle[0] = itertools.dropwhile(lambda x: True, cycle)
del cycle
print(gc.collect())
try:
    list(itertools.starmap(pow, [1]))
except TypeError as e:
    print(e)
for bad in [lambda: itertools.pairwise(), lambda: itertools.takewhile(bool), lambda: itertools.compress([1])]:
    try:
        bad()
    except TypeError as e:
        print(e)
