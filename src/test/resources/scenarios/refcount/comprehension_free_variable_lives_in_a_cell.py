# A local read by a comprehension lives in a cell: the frame holds the cell, the cell holds the value (count 2, not 3).
import sys
def f(xs, k):
    big = [1, 2]
    r = [x * k for x in xs]
    print(sys.getrefcount(big))
    s = [len(big) for x in xs]
    print(sys.getrefcount(big))
    return r, s
print(f([1, 2], 3))
