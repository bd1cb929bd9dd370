# sys.getsizeof of a deque counts its blocks of 64 slots: an empty deque starts in the middle of one block.
import sys
from collections import deque
d = deque()
print(len(d), sys.getsizeof(d))
last = sys.getsizeof(d)
for i in range(200):
    d.append(i)
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
