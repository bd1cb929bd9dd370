import sys

class Item:
    def __init__(self, n):
        self.n = n

items = [Item(i) for i in range(4)]
first = items[0]
print("start:", sys.getrefcount(first))
head = items[:2]
print("after slice:", sys.getrefcount(first))
copies = [items[:] for _ in range(3)]
print("after 3 full slices:", sys.getrefcount(first))
del copies
print("copies dropped:", sys.getrefcount(first))
rev = items[::-1]
print("reversed slice:", sys.getrefcount(first), rev[-1] is first)
items[:2] = []
print("removed from original:", sys.getrefcount(first), len(items))
del head, rev
print("end:", sys.getrefcount(first))
