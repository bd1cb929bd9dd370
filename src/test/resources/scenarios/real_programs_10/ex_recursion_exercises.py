import sys

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]

def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]

def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]

def binary_search(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def count_down(n):
    if n < 0:
        return
    print(n, end=" ")
    count_down(n - 1)

print([factorial(i) for i in range(8)])
print(factorial(25))
print(power_set([1, 2, 3]))
print(permutations("abc"))
print(flatten([1, [2, [3, [4, (5, 6)]]], 7]))
xs = list(range(0, 40, 3))
print([binary_search(xs, t) for t in (0, 9, 10, 39)])
print(ackermann(2, 3), gcd(1071, 462))
count_down(5)
print()
print("recursion limit:", sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
