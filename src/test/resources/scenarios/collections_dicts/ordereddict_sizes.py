# An OrderedDict costs more than a dict: a larger object, a node per key and a lookup array per slot.
import sys
from collections import OrderedDict
od = OrderedDict()
d = {}
print(sys.getsizeof(od), sys.getsizeof(d))
for i in range(12):
    od[i] = i
    d[i] = i
    print(i + 1, sys.getsizeof(od), sys.getsizeof(d))
del od[0]
print(sys.getsizeof(od))
od.clear()
print(sys.getsizeof(od))
