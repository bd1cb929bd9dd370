# A defaultdict is a dict plus its factory pointer: 8 bytes more at every size.
import sys
from collections import defaultdict
d = defaultdict(int)
plain = {}
print(sys.getsizeof(d), sys.getsizeof(plain))
for i in range(12):
    d[i] += 1
    plain[i] = 1
    print(i + 1, sys.getsizeof(d) - sys.getsizeof(plain))
