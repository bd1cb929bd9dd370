# An empty plain dict is not tracked by gc, an empty defaultdict is (dict subclasses are tracked when made).
import gc
from collections import defaultdict, OrderedDict, Counter
print(gc.is_tracked({}), gc.is_tracked(defaultdict()), gc.is_tracked(OrderedDict()), gc.is_tracked(Counter()))
d = defaultdict(int, a=1)
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(dict(a=1)))
