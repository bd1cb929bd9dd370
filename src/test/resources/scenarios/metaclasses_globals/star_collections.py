# from collections import * for a word count
import sys, gc
from collections import *

words = "the cat and the hat and the bat".split()
counts = Counter(words)
print(counts.most_common(2))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
queue = deque([1, 2, 3])
queue.appendleft(0)
print(queue, sys.getrefcount(queue))
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x + p.y)
od = OrderedDict(a=1)
od["b"] = 2
print(list(od))
gc.collect()
print(gc.get_count())
