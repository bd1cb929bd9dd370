# What a from-import costs the garbage collector's count
import gc, math, collections, heapq

gc.collect()
from math import sqrt
print(gc.get_count())
gc.collect()
from heapq import heappush, heappop
print(gc.get_count())
gc.collect()
from collections import deque
print(gc.get_count())
gc.collect()
from math import *
print(gc.get_count())
gc.collect()
from heapq import *
print(gc.get_count())
