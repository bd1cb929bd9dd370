# import collections and use the classes through the module.
import collections
import collections as c
d = collections.deque([1, 2])
print(d, c.Counter("aa"), collections.OrderedDict(k=1))
P = collections.namedtuple("P", "a")
print(P(1), c.defaultdict(list)["x"])
from collections import deque as Q
print(Q("xy"))
