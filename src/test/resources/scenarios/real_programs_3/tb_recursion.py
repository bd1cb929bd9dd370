def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

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
        for rest in permutations(s[:i] + s[i + 1:]):
            out.append(ch + rest)
    return out

def flatten(x):
    if not isinstance(x, list):
        return [x]
    return [y for item in x for y in flatten(item)]

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(factorial(20))
print([fib(i) for i in range(15)], fib(90))
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves[:3])
print(permutations("abc"))
print(flatten([1, [2, [3, [4]], 5]]))
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
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
print(binary_search(list(range(0, 100, 3)), 42), binary_search([1, 2], 7))
