import sys

class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value):
        self.calls += 1
        return value * self.factor

triple = Multiplier(3)
print(triple(4), triple("ab"), list(map(triple, [1, 2])), triple.calls, callable(triple))

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Resource("a") as ra, Resource("b") as rb:
    print("inside", Resource.opened, sys.getrefcount(ra))
with Resource("c"):
    {}["missing"]
print("after suppressed", Resource.opened)
try:
    with Resource("d"):
        raise ValueError("boom")
except ValueError as e:
    print("escaped:", e)
print(Resource.opened)
