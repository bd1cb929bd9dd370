# Small itertools puzzles: send+more style digits, dice sums, pairwise gaps, combinations.
from itertools import (permutations, product, combinations, combinations_with_replacement,
                       accumulate, pairwise, groupby, chain, islice, count, cycle, takewhile,
                       dropwhile, starmap, compress, zip_longest, filterfalse)
import operator

# TO + GO = OUT with distinct digits
solutions = []
for t, o, g, u in permutations(range(10), 4):
    if t and g and o:
        if (10 * t + o) + (10 * g + o) == 100 * o + 10 * u + t:
            solutions.append((t, o, g, u))
print("TO+GO=OUT:", solutions)

sums = {}
for roll in product(range(1, 7), repeat=2):
    sums[sum(roll)] = sums.get(sum(roll), 0) + 1
print(" ".join(f"{k}:{v}" for k, v in sorted(sums.items())))

coins = [1, 5, 10, 25]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 30]
print(ways)
print(list(combinations("ABCD", 2)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate(range(1, 6), operator.mul, initial=1)))
primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print([b - a for a, b in pairwise(primes)])
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print(list(islice(cycle("RGB"), 7)), list(islice(count(10, 5), 4)))
print(list(takewhile(lambda x: x < 10, primes)), list(dropwhile(lambda x: x < 20, primes)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(zip_longest("abc", [1, 2], fillvalue="-")))
print(list(filterfalse(lambda x: x % 3, range(12))))
print(list(chain.from_iterable(["ab", "cd", "e"])))
magic = [p for p in permutations(range(1, 10), 3) if sum(p) == 15 and p[0] < p[1] < p[2]]
print(len(magic), magic[:4])
