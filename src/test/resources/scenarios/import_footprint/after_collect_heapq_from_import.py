# from heapq import ... as the program's first import of heapq, right after gc.collect(): the
# module's load (99 counts) and then the from-import's __path__ lookup, whose 1-tuple the free
# lists the load left now supply
import gc

gc.collect()
from heapq import heappush, heappop
print(gc.get_count())
h = []
for x in (5, 1, 4):
    heappush(h, x)
print(heappop(h), gc.get_count())
