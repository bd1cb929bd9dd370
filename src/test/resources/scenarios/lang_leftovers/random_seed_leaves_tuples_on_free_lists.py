# random.seed runs Python code: its type check builds a 6-tuple (not for a str seed) and the call of
# the C seed a 3-tuple; both go to their free lists, so right after a full collection they count.
import gc
import random

for seed in (3, "abc", 2.5, None):
    gc.collect()
    random.seed(seed)
    print(repr(seed), gc.get_count())
    random.seed(seed)
    print(repr(seed), "again", gc.get_count())

gc.collect()
spare = (seed, seed, seed)
del spare
random.seed("abc")
print("a 3-tuple was free:", gc.get_count())
print(random.random())
