# sample uses a pool for small populations and a set of picks for large ones.
import random
random.seed(5)
print(random.sample(range(10), 4))
print(random.sample(range(1000), 8))
print(random.sample("abcdefgh", 3))
