# Popping an empty deque raises IndexError, as CPython words it.
from collections import deque
d = deque([1])
print(d.popleft())
try:
    d.popleft()
except IndexError as e:
    print("caught", e)
d.pop()
