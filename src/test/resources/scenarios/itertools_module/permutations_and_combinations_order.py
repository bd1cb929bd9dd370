# permutations and combinations come out in CPython's lexicographic index order
import itertools
print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2))[:6])
print(list(itertools.combinations([1, 2, 3, 4], 3)))
print(list(itertools.combinations("ab", 3)), list(itertools.permutations([], 0)))
print(len(list(itertools.permutations(range(5)))), len(list(itertools.combinations(range(10), 4))))
