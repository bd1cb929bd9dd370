import gc
import heapq
import sys
from enum import IntEnum, Enum, auto
from typing import NamedTuple


class Urgency(IntEnum):
    HIGH = 1
    MID = 2
    LOW = 3


class Kind(Enum):
    BUG = auto()
    FEATURE = auto()


class Task(NamedTuple):
    urgency: Urgency
    title: str
    kind: Kind = Kind.FEATURE


gc.collect()
tasks = [Task(Urgency.LOW, "docs"), Task(Urgency.HIGH, "crash", Kind.BUG), Task(Urgency.MID, "ui"),
         Task(Urgency.HIGH, "leak", Kind.BUG)]
print(gc.get_count())
heap = list(tasks)
heapq.heapify(heap)
order = [heapq.heappop(heap).title for _ in range(len(tasks))]
print(order)
print(tasks[1], tasks[1].urgency + 0, tasks[1].kind.name)
bugs = [t.title for t in tasks if t.kind is Kind.BUG]
print(bugs, sys.getrefcount(Kind.BUG), sys.getrefcount(Kind.FEATURE), sys.getrefcount(Urgency.HIGH))
by_urgency = {}
for t in tasks:
    by_urgency.setdefault(t.urgency, []).append(t.title)
print(by_urgency, by_urgency[1])
print(max(tasks), min(tasks).title)
print(Task._field_defaults, sys.getrefcount(Kind.FEATURE))
