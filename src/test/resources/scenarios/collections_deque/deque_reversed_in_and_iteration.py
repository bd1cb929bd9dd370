# reversed(), in and for walk the deque without copying it.
from collections import deque
d = deque(range(1, 6))
print(list(reversed(d)), 3 in d, 9 in d)
total = 0
for x in d:
    total += x
print(total, sum(d), max(d), sorted(d, reverse=True))
print(list(enumerate(deque("ab"))))
