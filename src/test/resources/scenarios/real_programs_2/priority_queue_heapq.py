import heapq
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (1, "fix bug"))
heapq.heappush(tasks, (3, "lunch"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    pri, name = heapq.heappop(tasks)
    print(pri, name)
nums = [5, 1, 8, 3, 9, 2]
print(heapq.nlargest(2, nums), heapq.nsmallest(3, nums))
heapq.heapify(nums)
print(nums[0])
