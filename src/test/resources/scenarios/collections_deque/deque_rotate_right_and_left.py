# rotate(n) moves n items from the right end to the left; a negative n the other way.
from collections import deque
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(13)
print(d)
d.rotate(-13)
print(d)
