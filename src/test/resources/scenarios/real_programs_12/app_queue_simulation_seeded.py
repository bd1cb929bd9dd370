import random
from collections import deque

random.seed(7)
queue = deque()
served = []
waits = []
clock = 0
for minute in range(30):
    if random.random() < 0.45:
        queue.append((minute, random.randint(1, 4)))
    if clock <= minute and queue:
        arrived, service = queue.popleft()
        waits.append(minute - arrived)
        served.append(arrived)
        clock = minute + service
print("served:", len(served), "still waiting:", len(queue))
print("waits:", waits)
print(f"average wait: {sum(waits) / len(waits):.2f} min, max {max(waits)}")
print("sample:", random.sample(range(100), 5), random.choice("ABCDE"))
