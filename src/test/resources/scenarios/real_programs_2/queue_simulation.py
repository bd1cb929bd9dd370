import random
from collections import deque
random.seed(10)
queue = deque()
served = []
clock = 0
for minute in range(20):
    if random.random() < 0.6:
        queue.append((minute, random.randint(1, 3)))
    if queue and clock <= minute:
        arrived, duration = queue.popleft()
        served.append(minute - arrived)
        clock = minute + duration
print("served", len(served), "waiting", len(queue))
print("avg wait", round(sum(served) / len(served), 2))
print(served)
