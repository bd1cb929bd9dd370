# from heapq import * and from bisect import * for a priority queue
import sys
from heapq import *
from bisect import *

tasks = []
heappush(tasks, (3, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (2, "code"))
print(heappop(tasks))
print(nsmallest(2, [5, 1, 4, 2]))
scores = [10, 20, 30]
insort(scores, 25)
print(scores, bisect_left(scores, 20), bisect(scores, 20))
print(sys.getrefcount(tasks))
