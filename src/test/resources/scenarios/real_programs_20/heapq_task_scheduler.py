import heapq
import itertools


class Scheduler:
    REMOVED = "<removed>"

    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = itertools.count()

    def add(self, task, priority=0):
        if task in self.entries:
            self.remove(task)
        entry = [priority, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.heap, entry)

    def remove(self, task):
        entry = self.entries.pop(task)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.heap:
            priority, count, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.entries[task]
                return task, priority
        raise KeyError("pop from an empty scheduler")

    def __len__(self):
        return len(self.entries)

    def __bool__(self):
        return bool(self.entries)


s = Scheduler()
for task, prio in [("write tests", 2), ("fix bug", 1), ("lunch", 3), ("email", 2), ("deploy", 5)]:
    s.add(task, prio)
s.add("lunch", 0)
s.remove("email")
print("pending:", len(s))
while s:
    print("  do:", s.pop())
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)

nums = [42, 7, 19, 3, 88, 23, 56, 11]
print("smallest 3:", heapq.nsmallest(3, nums), "largest 2:", heapq.nlargest(2, nums))
words = ["kiwi", "banana", "fig", "cherry", "apple"]
print("by length:", heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
h = []
for n in nums:
    heapq.heappush(h, -n)
print("max-heap pops:", [-heapq.heappop(h) for _ in range(3)])
heap = nums[:]
heapq.heapify(heap)
print("heapified root:", heap[0], "pushpop:", heapq.heappushpop(heap, 1), "replace:", heapq.heapreplace(heap, 100), heap[0])
print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
print("merged desc:", list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))

jobs = [("A", 0, 3), ("B", 1, 9), ("C", 2, 6), ("D", 3, 2), ("E", 4, 1)]
time, ready, order, i = 0, [], [], 0
waits = {}
while i < len(jobs) or ready:
    while i < len(jobs) and jobs[i][1] <= time:
        name, arrival, burst = jobs[i]
        heapq.heappush(ready, (burst, arrival, name))
        i += 1
    if not ready:
        time = jobs[i][1]
        continue
    burst, arrival, name = heapq.heappop(ready)
    waits[name] = time - arrival
    order.append(f"{name}@{time}")
    time += burst
print("shortest-job-first:", " ".join(order), "waits:", waits, "avg:", sum(waits.values()) / len(waits))


def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(pq, (nd, nxt))
    return dist, prev


roads = {"A": [("B", 4), ("C", 2)], "B": [("D", 5)], "C": [("B", 1), ("D", 8), ("E", 10)],
         "D": [("E", 2)], "E": []}
dist, prev = dijkstra(roads, "A")
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print("distances:", dist, "path to E:", "->".join(["A"] + path[::-1]))
