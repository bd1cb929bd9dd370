import heapq
import itertools

pq = []
entry_finder = {}
REMOVED = "<removed>"
counter = itertools.count()


def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)


def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError("pop from an empty priority queue")


add_task("write code", 5)
add_task("release", 7)
add_task("write spec", 1)
add_task("create tests", 3)
add_task("release", 2)
remove_task("create tests")
print(len(pq), len(entry_finder))
order = []
while True:
    try:
        order.append(pop_task())
    except KeyError as e:
        print("done:", e)
        break
print(order)
