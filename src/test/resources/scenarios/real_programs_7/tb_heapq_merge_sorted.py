import heapq

def k_way_merge(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        val, li, pos = heapq.heappop(heap)
        out.append(val)
        if pos + 1 < len(lists[li]):
            heapq.heappush(heap, (lists[li][pos + 1], li, pos + 1))
    return out

runs = [[1, 4, 9], [2, 3, 11, 15], [], [0, 5]]
print(k_way_merge(runs))
print(k_way_merge(runs) == sorted(x for run in runs for x in run))
print(k_way_merge([["b", "d"], ["a", "c", "e"]]))
scores = {"ann": 88, "bob": 95, "cat": 72, "dan": 95, "eve": 60}
print(heapq.nlargest(3, scores, key=scores.get))
print(heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
