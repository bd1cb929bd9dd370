# A missing key counts 0 without being stored; del of a missing key is no error.
from collections import Counter
c = Counter(a=2)
print(c["b"], "b" in c, len(c))
c["b"] += 1
print(c, len(c))
del c["a"]
del c["nothing"]
print(c)
