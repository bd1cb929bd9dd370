# A recursive sum with no base case for negative input: Python's recursion limit stops it.
import sys


def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)


print(total(10), total(100))
print(sys.getrecursionlimit())
print(total(-1))
