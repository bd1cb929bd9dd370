# Two generators and the module's own: seeding one leaves the others' sequences alone,
# and getstate()/setstate() replay a stretch of draws.
import random
import sys

random.seed(1)
a = random.Random(1)
b = random.Random(2)
print([a.randint(1, 6) for _ in range(5)])
print([random.randint(1, 6) for _ in range(5)])
print([b.randint(1, 6) for _ in range(5)])
a.seed(1)
print([a.randint(1, 6) for _ in range(5)])

state = b.getstate()
print(type(state), len(state), state[0], len(state[1]), state[2], sys.getsizeof(state), sys.getrefcount(state))
first = [b.random() for _ in range(3)]
b.setstate(state)
print(first == [b.random() for _ in range(3)])

b.gauss()
kept = b.getstate()
print(kept[2] is not None)
x = b.gauss()
b.setstate(kept)
print(x == b.gauss())

class Dice:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def roll(self, n):
        return [self.rng.randint(1, 6) for _ in range(n)]

d = Dice(2024)
print(d.roll(8), sys.getrefcount(d.rng))
del d
words = state[1]
for bad in ((2, (), None), (4, words, None), (3, words[:624] + (625,), None), (3, (-1,) + words[1:], None), (3,)):
    try:
        b.setstate(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
b.setstate((2, [w + 2 ** 32 for w in words], None))
print(b.random() == first[0])
