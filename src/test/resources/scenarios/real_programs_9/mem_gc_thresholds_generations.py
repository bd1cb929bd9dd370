import gc

print(gc.get_threshold())
gc.collect()
before = gc.get_count()
junk = [[] for _ in range(50)]
after = gc.get_count()
print(after[0] - before[0] >= 50, after[1:] == before[1:])
del junk
gc.collect()
print(gc.get_count())
old = gc.get_threshold()
gc.set_threshold(5, 2, 2)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))


class Link:
    def __init__(self):
        self.other = None


def churn(n):
    for _ in range(n):
        x, y = Link(), Link()
        x.other, y.other = y, x


gc.collect()
gc.disable()
churn(10)
print("collected", gc.collect(0), gc.collect())
gc.enable()
gc.collect()
print(gc.get_count())
