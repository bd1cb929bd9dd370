# appendleft grows the deque to the left: a new block every 64 items past the first 32.
import sys
from collections import deque
d = deque()
last = 0
for i in range(150):
    d.appendleft(i)
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print(len(d), last)
e = deque()
e.extendleft(range(70))
print(sys.getsizeof(e), e[0], e[-1])
