from functools import reduce
from operator import xor


def best_move(heaps):
    total = reduce(xor, heaps, 0)
    if total == 0:
        i = max(range(len(heaps)), key=lambda k: heaps[k])
        return i, 1
    for i, h in enumerate(heaps):
        target = h ^ total
        if target < h:
            return i, h - target


heaps = [3, 4, 5]
player = 0
names = ["Alice", "Bob"]
while any(heaps):
    i, take = best_move(heaps)
    heaps[i] -= take
    print(f"{names[player]} takes {take} from heap {i}: {heaps}")
    player = 1 - player
print(names[1 - player], "wins")
