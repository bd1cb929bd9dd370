# Extending an empty deque starts at the left edge of its block, so 63 items still fit in one block.
import sys
from collections import deque
for n in [0, 1, 32, 33, 63, 64, 127, 128, 200]:
    a = deque(range(n))
    b = deque()
    for i in range(n):
        b.append(i)
    print(n, sys.getsizeof(a), sys.getsizeof(b))
