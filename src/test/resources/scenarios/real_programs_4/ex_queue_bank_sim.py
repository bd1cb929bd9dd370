from collections import deque
import itertools

arrivals = [(0, 3), (1, 2), (2, 4), (6, 1), (6, 2), (7, 5), (12, 1)]
queue = deque()
clock = 0
served = []
ids = itertools.count(1)
pending = deque((t, d, next(ids)) for t, d in arrivals)
busy_until = 0
while pending or queue:
    while pending and pending[0][0] <= clock:
        queue.append(pending.popleft())
    if queue and busy_until <= clock:
        arrive, dur, cid = queue.popleft()
        wait = clock - arrive
        served.append((cid, wait))
        busy_until = clock + dur
        print(f"t={clock:>2}: serve customer {cid} (waited {wait}, takes {dur})")
    clock += 1
waits = [w for _, w in served]
print(f"average wait {sum(waits) / len(waits):.2f}, longest {max(waits)}")
print("finished at", busy_until)
