# Reading a missing key stores the factory's value in the dict, then returns it: two references.
import sys
from collections import defaultdict
d = defaultdict(list)
x = d["k"]
print(sys.getrefcount(x), x is d["k"], len(d))
x.append(1)
print(d)
del d["k"]
print(sys.getrefcount(x), d)
