# Popping frees blocks as they empty; an emptied deque is recentred in its last block.
import sys
from collections import deque
d = deque(range(150))
print(sys.getsizeof(d))
while d:
    d.pop()
    if len(d) % 25 == 0:
        print(len(d), sys.getsizeof(d))
d.append(1)
print(sys.getsizeof(d))
e = deque(range(150))
while len(e) > 10:
    e.popleft()
print(len(e), sys.getsizeof(e))
