# A Counter is a dict subclass written in Python: its instances are 24 bytes larger than a dict.
import sys
from collections import Counter
c = Counter()
d = {}
print(sys.getsizeof(c), sys.getsizeof(d))
for i in range(20):
    c[i] += 1
    d[i] = 1
    if i % 4 == 0:
        print(i + 1, sys.getsizeof(c), sys.getsizeof(d))
