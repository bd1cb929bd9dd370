# Without a factory a defaultdict is a plain dict: a missing key raises KeyError.
from collections import defaultdict
d = defaultdict(None, a=1)
print(d["a"], d.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
d["missing"]
