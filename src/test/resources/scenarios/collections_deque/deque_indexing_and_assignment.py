# Deques index from both ends and allow item assignment; the replaced item loses its reference.
import sys
from collections import deque
old = [0]
d = deque([old, "b", "c"])
print(d[0], d[-1], d[1])
print(sys.getrefcount(old))
d[0] = "a"
print(sys.getrefcount(old), d)
d[-1] = "z"
print(d)
