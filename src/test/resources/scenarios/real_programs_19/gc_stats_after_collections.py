# gc.get_stats() keeps running totals per generation. Compare two snapshots
# to see what a collection of each generation did.
import gc


class Cell:
    pass


def make_garbage(n):
    for _ in range(n):
        c = Cell()
        c.me = c


gc.collect()
before = gc.get_stats()
make_garbage(4)
found = gc.collect(0)
after = gc.get_stats()
print("collect(0) found:", found)
for gen in range(3):
    diff = {k: after[gen][k] - before[gen][k] for k in after[gen]}
    print("gen", gen, diff)

before = gc.get_stats()
make_garbage(2)
found = gc.collect(1)
after = gc.get_stats()
print("collect(1) found:", found)
for gen in range(3):
    diff = {k: after[gen][k] - before[gen][k] for k in after[gen]}
    print("gen", gen, diff)

print("keys:", sorted(gc.get_stats()[0]))
