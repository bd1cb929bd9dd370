# copy() makes a new deque whose slots refer to the same items (a shallow copy), keeping maxlen.
import sys, copy
from collections import deque
item = [1, 2]
d = deque([item], maxlen=4)
e = d.copy()
f = copy.copy(d)
print(e, e.maxlen, e is d, e[0] is item, f[0] is item)
print(sys.getrefcount(item))
g = d + deque([3])
print(g, g.maxlen, sys.getrefcount(item))
