import heapq
import sys
import gc
from enum import IntEnum, auto


class Priority(IntEnum):
    CRITICAL = auto()
    HIGH = auto()
    NORMAL = auto()
    LOW = auto()


print(list(Priority), Priority.NORMAL.value)
queue = []
jobs = [("backup", Priority.LOW), ("deploy", Priority.CRITICAL), ("email", Priority.NORMAL),
        ("tests", Priority.HIGH), ("lint", Priority.NORMAL)]
for order, (name, prio) in enumerate(jobs):
    heapq.heappush(queue, (prio, order, name))
print(sys.getrefcount(Priority.NORMAL), sys.getrefcount(Priority.LOW))
while queue:
    prio, order, name = heapq.heappop(queue)
    print(prio.name, int(prio), name)
print(sys.getrefcount(Priority.NORMAL), sys.getrefcount(Priority))
urgent = [j for j in jobs if j[1] <= Priority.HIGH]
print(urgent)
print(gc.is_tracked(Priority.HIGH), sys.getsizeof(Priority.HIGH), sys.getsizeof(Priority.HIGH.value))
