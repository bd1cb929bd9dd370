# sample returns a new list sized exactly k, sharing the population's items.
import random, sys
random.seed(0)
items = ["".join(["a", str(i)]) for i in range(5)]
print(sys.getrefcount(items[0]))
picked = random.sample(items, 5)
print(sorted(picked), sys.getsizeof(picked))
print(sys.getrefcount(items[0]))
