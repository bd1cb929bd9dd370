import gc
import sys


class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Dataset:
    def __init__(self, values):
        self.values = values

    @lazy
    def total(self):
        return sum(self.values)

    @lazy
    def squares(self):
        return [v * v for v in self.values]


gc.collect()
d = Dataset([1, 2, 3, 4])
print(gc.get_count())
print(d.total)
print(d.total)
print(d.squares)
print(d.squares is d.squares)
print(sys.getrefcount(d.squares))
print(sorted(d.__dict__))
print(isinstance(Dataset.total, lazy), Dataset.total.name)
print(gc.get_count())
del d.squares
print(d.squares)
del d
gc.collect()
print(gc.get_count())
