import heapq
from dataclasses import dataclass, field
from itertools import count

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)

class Scheduler:
    def __init__(self):
        self._heap: list[Task] = []
        self._counter = count()

    def add(self, name, priority):
        heapq.heappush(self._heap, Task(priority, next(self._counter), name))

    def run_all(self):
        while self._heap:
            task = heapq.heappop(self._heap)
            yield task

s = Scheduler()
for name, prio in [("write report", 2), ("fix bug", 1), ("lunch", 3), ("review", 1), ("email", 2)]:
    s.add(name, prio)
for t in s.run_all():
    print(f"[{t.priority}] #{t.seq} {t.name}")
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, "hello world".split(), key=len))
