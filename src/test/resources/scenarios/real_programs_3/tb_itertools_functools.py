import itertools
import functools
import operator

data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "leek"), ("veg", "kale"), ("fruit", "fig")]
for key, group in itertools.groupby(sorted(data), key=operator.itemgetter(0)):
    print(key, [name for _, name in group])
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 3)))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
cycler = itertools.cycle("xy")
print([next(cycler) for _ in range(5)])
print(functools.reduce(operator.mul, range(1, 7)), functools.reduce(lambda a, b: a + b, [], 0))
square = functools.partial(pow, exp=2)
print(square(9), list(map(square, range(4))))
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60), ways.cache_info().hits)
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.starmap(operator.add, [(1, 2), (3, 4)])), list(itertools.repeat("z", 3)))
