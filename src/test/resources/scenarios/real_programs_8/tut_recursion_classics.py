def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def binary_search(seq, target, lo=0, hi=None):
    if hi is None:
        hi = len(seq) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binary_search(seq, target, mid + 1, hi)
    return binary_search(seq, target, lo, mid - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(factorial(20), factorial(0), [fib(i) for i in range(12)])
print(power_set([1, 2, 3]))
print(gcd(1071, 462), binary_search(list(range(0, 100, 3)), 42), binary_search([1, 2], 5))
print(ackermann(2, 3), len(str(factorial(100))))
def flatten_sum(x):
    return sum(flatten_sum(i) for i in x) if isinstance(x, list) else x
print(flatten_sum([1, [2, [3, [4]]], 5]))
