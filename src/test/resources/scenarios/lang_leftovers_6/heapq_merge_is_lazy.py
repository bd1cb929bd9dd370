# heapq.merge is a generator (Lib/heapq.py): nothing is read until the first next(), then each
# iterable is asked for one item at a time, only when its last item was yielded.
import gc
import heapq
import sys


def numbers(name, values):
    for v in values:
        print("  ", name, "gives", v)
        yield v


gc.collect()
m = heapq.merge(numbers("odd", [1, 3, 5]), numbers("even", [2, 4]))
print(type(m).__name__, gc.get_count())
print("first", next(m), gc.get_count())
print("second", next(m))
print("third", next(m))
print("rest", list(m))
print("again", next(m, "done"))
print(sys.getrefcount(m), gc.collect())
