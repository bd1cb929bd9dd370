import random
from collections import deque

random.seed(7)

class Customer:
    def __init__(self, cid, arrival):
        self.cid = cid
        self.arrival = arrival

def simulate(minutes, rate):
    line = deque()
    waits = []
    busy_until = 0
    next_id = 1
    for t in range(minutes):
        if random.random() < rate:
            line.append(Customer(next_id, t))
            next_id += 1
        if line and t >= busy_until:
            c = line.popleft()
            waits.append(t - c.arrival)
            busy_until = t + random.randint(1, 3)
    return waits, len(line)

waits, left = simulate(60, 0.4)
print(len(waits), left)
print(f"average wait {sum(waits) / len(waits):.2f}, max {max(waits)}")
print(random.choice(["a", "b", "c"]), random.sample(range(10), 3))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(round(random.uniform(1, 2), 4), random.randrange(0, 100, 5))
