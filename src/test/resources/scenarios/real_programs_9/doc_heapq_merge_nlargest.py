import heapq

scores = [("ann", 88), ("bob", 95), ("cy", 72), ("dee", 95), ("eve", 60), ("fay", 81)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]))
print(heapq.nsmallest(2, scores, key=lambda s: (s[1], s[0])))
a = [1, 4, 7, 10]
b = [2, 5, 8]
c = [0, 3, 6, 9, 12]
print(sorted(a + b + c))
print(sorted(["apple", "fig"] + ["banana", "kiwi"], key=len))
h = []
for task, pri in [("write", 3), ("test", 1), ("ship", 5), ("plan", 1)]:
    heapq.heappush(h, (pri, task))
print([heapq.heappop(h) for _ in range(2)], h[0])
print(heapq.heappushpop(h, (0, "urgent")), heapq.heapreplace(h, (9, "later")), sorted(h))
data = [5, 3, 8, 1, 9, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"Task({self.pri}, {self.name!r})"


tq = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(tq)
print(heapq.heappop(tq), tq[0])
