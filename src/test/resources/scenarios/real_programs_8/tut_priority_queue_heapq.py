import heapq

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (4, "test"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print(tasks[0], len(tasks))
order = [heapq.heappop(tasks) for _ in range(len(tasks))]
print(order)
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
words = ["kiwi", "banana", "fig", "cherry"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(1, words, key=lambda w: w[-1]))

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"

jobs = []
for j in [Job(5, "e"), Job(2, "b"), Job(9, "z")]:
    heapq.heappush(jobs, j)
print(heapq.heappop(jobs), jobs)
