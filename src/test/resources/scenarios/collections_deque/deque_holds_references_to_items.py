# Each slot of a deque holds one reference to its item; pop hands the reference to the caller.
import sys
from collections import deque
a = [1]
b = [2]
d = deque([a, b, a])
print(sys.getrefcount(a), sys.getrefcount(b))
x = d.pop()
print(sys.getrefcount(a))
del x
print(sys.getrefcount(a))
d.clear()
print(sys.getrefcount(a), sys.getrefcount(b))
