# bank queue simulation with random seed
import random
from collections import deque
random.seed(42)
queue = deque()
served = []
for minute in range(10):
    if random.random() < 0.6:
        queue.append(f"c{minute}")
    if minute % 2 == 0 and queue:
        served.append(queue.popleft())
print("served", served)
print("waiting", list(queue))
print(random.randint(1, 6), random.choice("abc"), random.sample(range(10), 3))
deck = list(range(10))
random.shuffle(deck)
print(deck, round(random.uniform(0, 1), 4))
