import itertools as it
import operator

def take(n, iterable):
    return list(it.islice(iterable, n))

def pairwise(iterable):
    a, b = it.tee(iterable)
    next(b, None)
    return zip(a, b)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

print(take(5, it.count(10, 5)))
print(list(pairwise("ABCD")))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
print(list(powerset([1, 2, 3])))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print([(k, len(list(g))) for k, g in it.groupby("AAAABBBCCD")])
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(take(7, it.cycle("ab")), list(it.repeat("z", 3)))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))))
print(list(it.combinations_with_replacement("ABC", 2)))
