def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i+1:]):
            out.append(ch + p)
    return out
def flatten(lst):
    for x in lst:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
def binary_search(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x: return mid
    if a[mid] < x: return binary_search(a, x, mid + 1, hi)
    return binary_search(a, x, lo, mid)
print(factorial(10), factorial(20))
m = []
hanoi(3, "A", "C", "B", m)
print(len(m), m[:3])
print(permutations("abc"))
print(list(flatten([1, [2, [3, [4]], 5]])))
print(binary_search(list(range(0, 100, 3)), 27), binary_search([1, 2], 5))
import sys
print(sys.getrecursionlimit())
