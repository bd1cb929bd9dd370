# appendleft on a full bounded deque drops the rightmost item.
from collections import deque
d = deque([1, 2, 3], maxlen=3)
d.appendleft(0)
print(d)
d.extendleft([10, 11])
print(d)
d.extend(range(5))
print(d, len(d))
