# extendleft adds items one by one at the left, so they end up in reverse order.
from collections import deque
d = deque([0])
d.extendleft([1, 2, 3])
print(d)
d.extend("xy")
print(d, len(d))
d.reverse()
print(d)
