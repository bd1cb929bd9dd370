# A bank with two tellers, customers arriving at random (seeded).
import random
from collections import deque

random.seed(7)
queue = deque()
tellers = [0, 0]  # minutes left with the current customer
served = waited = 0
log = []
for minute in range(60):
    if random.random() < 0.45:
        queue.append(minute)
    for t in range(len(tellers)):
        if tellers[t] > 0:
            tellers[t] -= 1
        if tellers[t] == 0 and queue:
            arrived = queue.popleft()
            waited += minute - arrived
            served += 1
            tellers[t] = random.randint(2, 6)
            if served <= 5:
                log.append(f"t={minute:2d} teller {t} takes customer from t={arrived}")
print("\n".join(log))
print("served", served, "still waiting", len(queue))
print(f"average wait {waited / served:.2f} min")
lotto = sorted(random.sample(range(1, 46), 6))
print("lotto", lotto)
names = ["Ada", "Grace", "Linus", "Guido", "Barbara"]
random.shuffle(names)
pairs = list(zip(names[::2], names[1::2]))
print("pairs", pairs, "odd one out", names[-1] if len(names) % 2 else None)
