# Before the first gc.collect(), CPython's free lists hold what start-up left on them: a few objects
# of each kind. A new object taken from one is not counted in generation 0; one made afresh is.
import gc


def steps(make, times):
    kept = []
    seen = []
    before = gc.get_count()[0]
    for i in range(times):
        kept.append(make(i))
        after = gc.get_count()[0]
        seen.append(after - before)
        before = after
    return seen


print("pairs:", steps(lambda i: (i, -i), 12))
print("lists:", steps(lambda i: [i], 45))
print("dicts:", steps(lambda i: {i: i}, 12))


class Node:
    def __init__(self, name):
        self.me = self
        self.name = name

    def __del__(self):
        print("  collected", self.name)


# Cycles made in a loop wait for an automatic collection, which comes once generation 0 has
# counted past its threshold of 700.
for i in range(150):
    Node(i)
    if i % 25 == 0:
        print("made", i + 1)
print("loop done")
gc.collect()
print("after collect", gc.get_count())
