# Two long sorted halves: the merge gallops, and min_gallop adapts as one side keeps winning.
log = []
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
values = list(range(0, 300, 3)) + list(range(1, 150, 5)) + list(range(150, 400, 2))
items = [Item(v) for v in values]
items.sort()
print([i.v for i in items] == sorted(values))
print(len(log))
print(log[:30])
print(log[-30:])
