# Count what each collection found by generation, using the "stop"
# callback's info, while a program creates cycles in batches.
import gc

totals = {0: 0, 1: 0, 2: 0}


def tally(phase, info):
    if phase == "stop":
        totals[info["generation"]] += info["collected"]


class Link:
    def __init__(self):
        self.me = [self]


gc.collect()
gc.callbacks.append(tally)
for batch in range(3):
    for _ in range(5):
        Link()
    gc.collect(batch)
gc.callbacks.remove(tally)
print(totals)
print("callbacks left:", len(gc.callbacks))
