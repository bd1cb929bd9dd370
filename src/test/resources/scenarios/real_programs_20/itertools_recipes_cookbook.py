from itertools import (accumulate, chain, combinations, count, cycle, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee, zip_longest,
                       compress, dropwhile, filterfalse, combinations_with_replacement)
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iterators = alive


def partition(pred, iterable):
    a, b = tee(iterable)
    return list(filterfalse(pred, a)), list(filter(pred, b))


def unique_everseen(iterable, key=lambda x: x):
    """First occurrences only, compared by key."""
    already = set()
    return (x for x in iterable if not (key(x) in already or already.add(key(x))))


def powerset(iterable):
    items = tuple(iterable)
    sizes = range(len(items) + 1)
    return chain(*[combinations(items, size) for size in sizes])


def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


print("take:", take(5, count(10, 3)))
print("cycle:", "".join(take(7, cycle("abc"))))
print("repeat/starmap:", list(starmap(pow, zip(range(1, 6), repeat(2)))))
print("accumulate:", list(accumulate([3, 1, 4, 1, 5, 9])), list(accumulate([3, 1, 4, 1, 5, 9], max)))
print("running product:", list(accumulate(range(1, 7), operator.mul)))
print("grouper:", list(grouper("ABCDEFG", 3, "x")))
print("roundrobin:", list(roundrobin("ABC", "D", "EF")))
print("partition:", partition(lambda n: n % 3 == 0, range(10)))
print("unique:", list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABbCcAD", key=str.lower)))
print("powerset:", list(powerset("xyz")))
print("windows:", list(sliding_window(range(6), 3)))
print("pairwise diffs:", [b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print("takewhile/dropwhile:", list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print("compress:", list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("product:", ["".join(p) for p in product("ab", "12")], len(list(product(range(3), repeat=3))))
print("permutations:", ["".join(p) for p in permutations("abc", 2)])
print("multisets:", list(combinations_with_replacement("HT", 3)))
words = sorted("apple avocado banana blueberry cherry cranberry date".split(), key=lambda w: w[0])
print("groupby:", {k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
runs = [(k, len(list(g))) for k, g in groupby("aaabccddddde")]
print("runs:", runs)
squares = (n * n for n in count(1))
print("first square over 500:", next(dropwhile(lambda s: s <= 500, squares)))
a, b = tee([1, 2, 3])
print("tee:", list(a), list(b), list(a))
triples = [(a, b, c) for a, b in combinations(range(1, 30), 2) for c in [int((a * a + b * b) ** 0.5)] if c < 30 and c * c == a * a + b * b]
print("pythagorean:", triples)
