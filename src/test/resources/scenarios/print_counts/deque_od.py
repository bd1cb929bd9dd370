import gc
from collections import deque, OrderedDict, defaultdict
q = deque([1, 2, 3], maxlen=5)
dd = defaultdict(list)
dd["x"].append(1)
gc.collect()
c = [gc.get_count()]
print(q); c.append(gc.get_count())
print(deque()); c.append(gc.get_count())
print(dd); c.append(gc.get_count())
print(c)
