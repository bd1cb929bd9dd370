# A deque stores items in blocks of 64 slots; its size jumps one block at
# a time.
import sys
from collections import deque

d = deque()
last = sys.getsizeof(d)
print("empty:", last)
for i in range(200):
    d.append(i)
    s = sys.getsizeof(d)
    if s != last:
        print("len %3d -> %d" % (len(d), s))
        last = s
d2 = deque(range(100), maxlen=10)
print("maxlen 10 after 100 appends:", len(d2), sys.getsizeof(d2))
d3 = deque()
for i in range(70):
    d3.appendleft(i)
print("appendleft 70:", sys.getsizeof(d3))
