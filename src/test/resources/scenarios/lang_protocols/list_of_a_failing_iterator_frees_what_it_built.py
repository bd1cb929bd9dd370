# list(), set() and dict() over an iterator that raises part-way free what they had built:
# the items taken so far lose the container's reference at once.
import sys
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n, "freed")
    def __hash__(self):
        return self.n
class Breaks:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > self.limit:
            raise RuntimeError("broken after " + str(self.limit))
        return Item(self.n)
for make in (list, set):
    try:
        make(Breaks(2))
    except RuntimeError as e:
        print(make.__name__, e)
keep = Item(9)
pairs = [(1, keep), (2,)]
try:
    dict(pairs)
except ValueError as e:
    print(e)
print(sys.getrefcount(keep))
