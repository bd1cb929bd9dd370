import sys
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        print("  computing stats")
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "max": max(self.values)}


d = Dataset([4, 8, 15, 16, 23, 42])
print(sorted(vars(d)))
print(d.stats["mean"])
print(d.stats["max"])
print(sorted(vars(d)))
print("cached dict refs:", sys.getrefcount(d.stats))
del d.stats
print(sorted(vars(d)))
print(d.stats["n"])
d.stats = {"n": 0}
print(d.stats)
print(type(Dataset.stats).__name__, Dataset.stats.attrname)
