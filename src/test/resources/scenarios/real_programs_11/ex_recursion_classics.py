def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

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

print(sorted(power_set([1, 2, 3])))
print(permutations("abc"))
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
print(gcd(1071, 462))
xs = list(range(0, 100, 7))
print([binary_search(xs, t) for t in (0, 49, 50, 98)])
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(5)), hanoi(2))
