import gc
import heapq
import random


random.seed(7)
gc.collect()
events = []
for cid in range(6):
    arrive = round(random.uniform(0, 10), 2)
    heapq.heappush(events, (arrive, cid, "arrive"))
clock = 0.0
busy_until = 0.0
waits = []
while events:
    t, cid, kind = heapq.heappop(events)
    if kind == "arrive":
        start = max(t, busy_until)
        service = round(random.uniform(1, 3), 2)
        busy_until = start + service
        waits.append(start - t)
        heapq.heappush(events, (busy_until, cid, "leave"))
        print(f"{t:6.2f} customer {cid} arrives, waits {start - t:5.2f}")
    else:
        print(f"{t:6.2f} customer {cid} leaves")
print(f"average wait {sum(waits) / len(waits):.3f}")
print("count:", gc.get_count())
