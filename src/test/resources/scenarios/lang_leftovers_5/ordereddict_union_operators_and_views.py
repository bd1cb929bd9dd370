from collections import OrderedDict
import sys, gc
gc.collect()
od = OrderedDict(a=1, b=2)
m = od | {'c': 3}
print(type(m).__name__, m)
r = {'z': 0} | od
print(type(r).__name__, r, r == od)
before = gc.get_count()
od |= {'a': 9, 'd': 4}
print(od, gc.get_count()[0] - before[0])
od |= [('e', 5)]
print(od)
print(od.keys(), od.values(), od.items())
print(OrderedDict().keys(), list(od.items())[:1])
print(sys.getrefcount(m), sys.getrefcount(od), sys.getrefcount(r))
try:
    od | [('x', 1)]
except TypeError as e:
    print(e)
d = {'q': 1}
d |= od
print(type(d).__name__, d)
print(m is not od, len(m), m.popitem(last=False))
