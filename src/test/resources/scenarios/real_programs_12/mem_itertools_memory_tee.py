import itertools
import sys


def numbers():
    for i in range(1, 8):
        print("  produce", i)
        yield i


a, b = itertools.tee(numbers())
print("first from a:", next(a), next(a), next(a))
print("b catches up:", list(itertools.islice(b, 2)))
print("rest of a:", list(a))
print("rest of b:", list(b))
pairs = list(itertools.pairwise("ABCD"))
print(pairs)
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
grouped = {k: len(list(g)) for k, g in itertools.groupby(sorted("mississippi"))}
print(grouped)
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
c = itertools.count(10, 5)
print([next(c) for _ in range(3)], repr(c))
big_range = range(10**6)
print(sys.getsizeof(big_range), sys.getsizeof(iter(big_range)) > 0)
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")))
