# nlargest/nsmallest return new lists holding the chosen objects (their refcounts go up)
import heapq, sys
scores = [("ann", 91), ("bob", 78), ("cy", 91), ("dee", 85), ("eve", 60)]
top = heapq.nlargest(2, scores, key=lambda s: s[1])
print(top, sys.getsizeof(top), sys.getrefcount(scores[0]))
low = heapq.nsmallest(3, [5, 1, 4, 1, 3])
print(low, sys.getsizeof(low))
print(heapq.nlargest(1, [3, 9, 2]), sys.getsizeof(heapq.nlargest(1, [3, 9, 2])))
print(heapq.nlargest(10, [3, 1, 2]), sys.getsizeof(heapq.nlargest(10, [3, 1, 2])))
print(heapq.nsmallest(2, (x * x for x in range(5, -5, -1))), heapq.nlargest(0, [1]), heapq.nsmallest(3, "heapq"))
print(sys.getsizeof(heapq.nlargest(3, range(100))), sys.getsizeof(heapq.nsmallest(5, iter(range(20)))))
del top
print(sys.getrefcount(scores[0]))
