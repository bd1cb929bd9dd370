# itertools.tee: n iterators over one source sharing a data block; values read by the leading tee stay alive until every tee is gone; the source is read once, lazily
import sys
import gc
import itertools

class Reading:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"R{self.n}"
    def __del__(self):
        print("freed", self.n)

def sensor():
    for i in range(4):
        print("read", i)
        yield Reading(i)

fast, slow = itertools.tee(sensor())
print(type(fast), sys.getsizeof(fast), gc.is_tracked(fast))
first = next(fast)
print("first", first, sys.getrefcount(first))
print(next(fast), next(fast))
print("slow starts", next(slow))
del first
print("first name gone")
print(list(slow))
print("slow done")
del slow
print(list(fast))
del fast
print("both gone")
print(itertools.tee([1, 2], 0), len(itertools.tee("abc", 3)))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
