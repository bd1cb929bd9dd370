# gc.get_referents of a deque lists its items left to right (a list's go last to first).
import gc
from collections import deque
a, b, c = [1], [2], [3]
d = deque([a, b])
d.appendleft(c)
print(gc.get_referents(d))
print(gc.get_referents([a, b, c]))
print(d in gc.get_referrers(a))
