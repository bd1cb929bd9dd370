# A seeded random simulation: customers arriving at a two-teller bank, waiting times, a histogram.
import random
from collections import deque
import statistics

random.seed(2024)
MINUTES = 60
tellers = [None, None]
queue = deque()
waits = []
served = 0
arrivals = 0
for minute in range(MINUTES):
    if random.random() < 0.55:
        arrivals += 1
        queue.append((arrivals, minute, random.randint(2, 6)))
    for i, t in enumerate(tellers):
        if t is not None:
            cid, left = t
            tellers[i] = (cid, left - 1) if left > 1 else None
    for i in range(len(tellers)):
        if tellers[i] is None and queue:
            cid, arrived, service = queue.popleft()
            waits.append(minute - arrived)
            tellers[i] = (cid, service)
            served += 1
    if minute % 15 == 14:
        print(f"t={minute + 1:>2} queue={len(queue):>2} busy={sum(t is not None for t in tellers)} served={served}")
print("arrivals", arrivals, "served", served, "still waiting", len(queue))
print(f"mean wait {statistics.mean(waits):.2f}, median {statistics.median(waits)}, max {max(waits)}")
hist = {}
for w in waits:
    bucket = w // 2 * 2
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:>2}-{b + 1:<2} {'*' * hist[b]}")
print(random.choice("ABC"), random.sample(range(10), 3), round(random.uniform(1, 2), 4))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], len(deck))
print(random.choices(["H", "T"], weights=[3, 1], k=8))
