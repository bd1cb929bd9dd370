# A __deepcopy__ that raises part way: the partial copies are freed, the originals keep their counts.
import copy
import sys

class Fragile:
    def __init__(self, ok):
        self.ok = ok

    def __deepcopy__(self, memo):
        if not self.ok:
            raise ValueError("cannot copy me")
        return Fragile(self.ok)

good = Fragile(True)
bad = Fragile(False)
items = [good, [1, 2], bad]
memo = {}
try:
    copy.deepcopy(items, memo)
except ValueError as e:
    print("ValueError:", e)
print(len(memo), id(good) in memo, id(items) in memo, id(bad) in memo)
print(sys.getrefcount(good), sys.getrefcount(bad), sys.getrefcount(items))
partial = memo[id(items)]
print(len(partial), partial[0] is good, partial[1] == [1, 2])
del memo, partial
print(sys.getrefcount(good), sys.getrefcount(bad), sys.getrefcount(items))
