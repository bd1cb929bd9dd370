from collections import deque
import random

random.seed(7)
queue = deque()
served = []
waits = []
clock = 0
for minute in range(20):
    arrivals = random.randint(0, 2)
    for i in range(arrivals):
        queue.append((f"c{minute:02d}{i}", minute))
    if queue and minute % 2 == 0:
        name, arrived = queue.popleft()
        served.append(name)
        waits.append(minute - arrived)
    print(f"t={minute:2d} +{arrivals} queue={len(queue):2d} {'#' * len(queue)}")
print("served:", len(served), "still waiting:", len(queue))
print("average wait: %.2f min, longest %d" % (sum(waits) / len(waits), max(waits)))
print("next three:", [c for c, _ in list(queue)[:3]])
print(random.choice(["a", "b", "c"]), random.sample(range(10), 3), round(random.random(), 4), random.uniform(1, 2) < 2)
deck = list(range(10))
random.shuffle(deck)
print(deck)
