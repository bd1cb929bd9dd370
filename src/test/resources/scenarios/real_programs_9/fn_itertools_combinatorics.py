from itertools import (product, permutations, combinations, combinations_with_replacement,
                       accumulate, chain, islice, count, cycle, repeat, starmap, zip_longest,
                       compress, filterfalse, dropwhile, pairwise)
import operator

print(list(product("ab", [0, 1])))
print(["".join(p) for p in permutations("abc", 2)])
print(list(combinations(range(5), 3))[:4], len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("xy", 3)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(islice(count(10, 5), 4)), list(islice(cycle("AB"), 5)), list(repeat("z", 3)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2c3")))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(pairwise("abcd")))
print(list(chain.from_iterable(["ab", "cd", [1, 2]])))
# coin sums with product
target = 10
sols = [(a, b, c) for a, b, c in product(range(11), range(6), range(3)) if a + 2 * b + 5 * c == target]
print(len(sols), sols[:3])
# subset sums
nums = [3, 34, 4, 12, 5, 2]
print([c for r in range(1, 4) for c in combinations(nums, r) if sum(c) == 9])
