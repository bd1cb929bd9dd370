# Every comparison list.sort makes on 100 shuffled items with a logging __lt__ (two runs, a merge).
import random
log = []
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
random.seed(11)
values = list(range(100))
random.shuffle(values)
items = [Item(v) for v in values]
items.sort()
print([i.v for i in items] == sorted(values))
print(len(log))
for k in range(0, len(log), 12):
    print(log[k:k + 12])
