# a heap of objects: pushing takes a reference, popping hands it back, gc sees the heap list
import heapq, sys, gc, weakref
class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
queue = []
for j in jobs:
    heapq.heappush(queue, j)
print([j.name for j in queue], [sys.getrefcount(j) for j in jobs])
watch = weakref.ref(jobs[1])
del jobs
print([sys.getrefcount(j) for j in queue])
first = heapq.heappop(queue)
print(first.name, sys.getrefcount(first), len(queue), watch() is first)
del first
print(watch(), gc.is_tracked(queue), gc.collect())
queue.append(queue)
del queue
print(gc.collect())
