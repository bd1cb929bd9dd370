# Rosalind-style recurrences: rabbit pairs with k offspring per pair, and mortal rabbits living m months.
from functools import lru_cache

n, k = map(int, input().split())
months, lifespan = map(int, input().split())


@lru_cache(maxsize=None)
def rabbits(n, k):
    if n <= 2:
        return 1
    return rabbits(n - 1, k) + k * rabbits(n - 2, k)


def mortal(n, m):
    ages = [1] + [0] * (m - 1)
    for _ in range(n - 1):
        newborns = sum(ages[1:])
        ages = [newborns] + ages[:-1]
    return sum(ages)


print(rabbits(n, k))
print([rabbits(i, k) for i in range(1, n + 1)])
print(rabbits.cache_info())
print(mortal(months, lifespan))
print([mortal(i, lifespan) for i in range(1, months + 1)])
print(mortal(80, 20))
