# With the collector disabled, reference cycles accumulate; plain
# reference counting still frees everything that is not in a cycle.
import gc


class Pair:
    alive = 0

    def __init__(self):
        Pair.alive += 1

    def __del__(self):
        Pair.alive -= 1


def make(cyclic):
    a, b = Pair(), Pair()
    if cyclic:
        a.other, b.other = b, a


gc.collect()
gc.disable()
print("enabled:", gc.isenabled())
for _ in range(50):
    make(False)
print("after 50 acyclic pairs:", Pair.alive)
for _ in range(50):
    make(True)
print("after 50 cyclic pairs:", Pair.alive)
print("young generation count:", gc.get_count()[0] >= 100)
found = gc.collect()
print("collect found:", found)
print("after collect:", Pair.alive)
gc.enable()
print("enabled:", gc.isenabled())
