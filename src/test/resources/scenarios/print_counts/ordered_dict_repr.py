import gc
from collections import OrderedDict, namedtuple, defaultdict
P = namedtuple("P", "x y")
od = OrderedDict(a=1, b=2)
p = P(1, 2)
dd = defaultdict(int, a=1)
class L(list):
    pass
l = L([1, 2])
gc.collect()
c = [gc.get_count()]
r = repr(od); c.append(gc.get_count())
r = repr(od); c.append(gc.get_count())
r = repr(p); c.append(gc.get_count())
r = repr(dd); c.append(gc.get_count())
r = repr(l); c.append(gc.get_count())
print(c)
