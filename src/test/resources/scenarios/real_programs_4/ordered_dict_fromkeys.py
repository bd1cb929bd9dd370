# OrderedDict.fromkeys: one shared value per key, its argument errors and its allocation.
import gc
import sys
from collections import OrderedDict
import collections

od = OrderedDict.fromkeys("abc", 0)
print(od, type(od).__name__)
od.move_to_end("a")
print(list(od.items()))
shared = []
d2 = collections.OrderedDict.fromkeys(range(3), shared)
print(d2, sys.getrefcount(shared))
d2[0].append(1)
print(d2)
print(OrderedDict.fromkeys([]), OrderedDict.fromkeys(["x", "x", "y"]))
try:
    OrderedDict.fromkeys([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    OrderedDict.fromkeys()
except TypeError as e:
    print("TypeError:", e)
gc.collect()
a = gc.get_count()
d3 = OrderedDict.fromkeys((1, 2))
b = gc.get_count()
print(b[0] - a[0], gc.is_tracked(d3), sys.getsizeof(d3) == sys.getsizeof(OrderedDict([(1, None), (2, None)])))
print(OrderedDict.fromkeys(iterable="ab", value=1))
try:
    OrderedDict.fromkeys(1, 2, 3)
except TypeError as e:
    print(e)
try:
    OrderedDict.fromkeys("a", x=2)
except TypeError as e:
    print(e)
try:
    OrderedDict.fromkeys(5)
except TypeError as e:
    print(e)
