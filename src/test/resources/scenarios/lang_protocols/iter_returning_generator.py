# __iter__ written as a generator: each loop gets a new generator that keeps the object alive while suspended.
import sys

class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        for item in self.items:
            yield item

b = Bag("a", "b", "c")
it = iter(b)
print(type(it).__name__, sys.getrefcount(b))
print(next(it), sys.getrefcount(b))
del it
print("dropped", sys.getrefcount(b))
for x in b:
    print(x)
print(list(b), "b" in b, "z" in b)
