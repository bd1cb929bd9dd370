# Changing a deque's length while iterating over it raises RuntimeError on the next step.
from collections import deque
d = deque([1, 2, 3])
for x in d:
    print(x)
    if x == 2:
        d.append(4)
