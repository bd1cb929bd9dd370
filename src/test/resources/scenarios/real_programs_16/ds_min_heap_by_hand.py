# A binary min-heap written by hand (sift up / sift down), checked against heapq.
import heapq


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.a)


data = [29, 3, 17, 8, 42, 1, 15, 23, 4, 11]
h = MinHeap()
for x in data:
    h.push(x)
    print(f"push {x:>2}: {h.a}")
ref = []
for x in data:
    heapq.heappush(ref, x)
print("same layout as heapq:", h.a == ref)
out = [h.pop() for _ in range(len(h))]
print(out, out == sorted(data))
print(heapq.nsmallest(3, data), heapq.nlargest(2, data))
tasks = [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(heapq.heappushpop([5, 7], 6), heapq.heapreplace([5, 7], 9))
