# appendleft and pop work at opposite ends; appendleft and popleft make a stack.
from collections import deque
d = deque([1, 2, 3])
d.appendleft(0)
print(d)
print(d.pop(), d)
d.appendleft(-1)
print(d.popleft(), d.popleft(), d)
