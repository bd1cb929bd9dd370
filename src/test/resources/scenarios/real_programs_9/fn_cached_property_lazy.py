from functools import cached_property, lru_cache


class Dataset:
    def __init__(self, values):
        self.values = list(values)
        self.computations = 0

    @cached_property
    def stats(self):
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        var = sum((v - mean) ** 2 for v in self.values) / n
        return {"n": n, "mean": mean, "var": var}

    @property
    def size(self):
        return len(self.values)


d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats, d.computations)
print(d.stats["var"], d.computations)
print("stats" in vars(d))
d.values.append(100)
print(d.stats["n"], d.size)
del d.stats
print(d.stats["n"], d.computations)


@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().hits > 0)
ways.cache_clear()
print(ways.cache_info())
print(type(Dataset.__dict__["stats"]).__name__, Dataset.stats.attrname)
