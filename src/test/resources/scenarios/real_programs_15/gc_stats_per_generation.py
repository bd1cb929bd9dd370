# gc.get_stats() reports, per generation, how many collections ran and
# how much they found.  Compare before and after some work.
import gc


def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]


class Ring:
    def __init__(self):
        self.next = self


gc.collect()
before = snapshot()
for _ in range(10):
    Ring()
gc.collect(0)
gc.collect(1)
gc.collect(2)
after = snapshot()
for gen, (b, a) in enumerate(zip(before, after)):
    print(f"gen {gen}: +{a[0] - b[0]} collections, +{a[1] - b[1]} collected, +{a[2] - b[2]} uncollectable")
print(sorted(gc.get_stats()[0].keys()))
