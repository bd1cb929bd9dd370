from collections import OrderedDict
import gc, sys
gc.collect()
od = OrderedDict(a=[1], b=[2])
c0 = gc.get_count()
m = od | {'c': [3]}
c1 = gc.get_count()
r = {'z': [0]} | od
c2 = gc.get_count()
print(c1[0] - c0[0], c2[0] - c1[0])
print(sys.getrefcount(od['a']), sys.getrefcount(m['c']))
del m, r
print(gc.collect(), sys.getrefcount(od['a']))
