import gc
from collections import OrderedDict, defaultdict, Counter
gc.collect()
o = OrderedDict([('a', 1), ('b', 2)], c=3)
print(gc.get_count(), o)
gc.collect()
o = OrderedDict(defaultdict(int, {'x': 1}))
print(gc.get_count(), o)
gc.collect()
o = OrderedDict(zip('ab', [1, 2]))
print(gc.get_count(), o)
gc.collect()
o = OrderedDict(o)
print(gc.get_count(), o)
try:
    OrderedDict([(1,)])
except ValueError as e:
    print(e)
try:
    OrderedDict([1])
except TypeError as e:
    print(e)
try:
    OrderedDict(5)
except TypeError as e:
    print(e)
print(OrderedDict({'k': [1]}, k=2))
gc.collect()
od = OrderedDict(a=[1], b=[2])
print(gc.get_count())
gc.collect()
d = {'c': [3]}
print(gc.get_count())
gc.collect()
m = od | d
print(gc.get_count())
gc.collect()
od2 = OrderedDict(a=[1], b=[2])
c0 = gc.get_count()
m = od2 | {'c': [3]}
print(gc.get_count(), c0)
