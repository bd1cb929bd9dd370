# from itertools import * for combinations
import gc
from itertools import *

print(list(combinations("abc", 2)))
print(list(permutations([1, 2, 3], 2))[:3])
print(list(islice(count(10, 5), 4)))
print(list(chain([1, 2], (3, 4))))
print([k for k, g in groupby("aabbbc")])
print(list(accumulate([1, 2, 3, 4])))
print(list(zip_longest("ab", "xyz", fillvalue="-")))
gc.collect()
print(gc.get_count())
