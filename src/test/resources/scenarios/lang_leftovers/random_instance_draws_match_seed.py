# A generator of one's own: random.Random(seed) draws CPython's numbers for that seed.
import random
import sys

rng = random.Random(42)
print(type(rng), isinstance(rng, random.Random), type(rng) is random.Random)
print(sys.getsizeof(rng), sys.getrefcount(rng))
print(rng.random(), rng.randint(1, 10), rng.randrange(10), rng.randrange(5, 50, 5))
print(rng.choice("abcdef"), rng.uniform(1, 2), rng.getrandbits(70))
deck = list(range(10))
rng.shuffle(deck)
print(deck, rng.sample(deck, 3))
print(rng.choices(deck, k=4), rng.choices("xyz", weights=[5, 1, 1], k=5))
print(round(rng.gauss(170, 10), 1), round(rng.gauss(), 3))
rng.seed(7)
print(rng.random())
print(random.Random(x=7).random(), random.Random("hello").random(), random.Random(-2.5).random())
draw = rng.randint
print(draw(1, 100), sys.getrefcount(rng))
try:
    random.Random(1, 2)
except TypeError as e:
    print(e)
for bad in (lambda: rng.randint(1), lambda: rng.choice([]), lambda: rng.randrange(0), lambda: rng.sample([1, 2], 3)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
