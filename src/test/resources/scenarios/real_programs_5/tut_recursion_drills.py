def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

moves = hanoi(3)
print(len(moves), "moves:", " ".join(f"{d}:{s}>{t}" for d, s, t in moves))
print(len(hanoi(10)))

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out

print(permutations("abc"))

def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4, (5, 6)]]], 7, []])))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(gcd(1071, 462), gcd(17, 5))

def bsearch(xs, target, offset=0):
    """Search by halving the list itself (slices), keeping track of where the slice starts."""
    if not xs:
        return -1
    half = len(xs) // 2
    pivot = xs[half]
    if pivot == target:
        return offset + half
    elif target < pivot:
        return bsearch(xs[:half], target, offset)
    else:
        return bsearch(xs[half + 1:], target, offset + half + 1)

data = list(range(0, 100, 7))
print([bsearch(data, t) for t in (0, 49, 50, 98)])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(m, n) for m in range(3) for n in range(3)])

def count_down(n):
    if n < 0:
        return []
    return [n] + count_down(n - 1)

print(count_down(5))

def digits_sum(n):
    return n if n < 10 else digits_sum(sum(int(d) for d in str(n)))

print(digits_sum(987654321), digits_sum(7))

def nest(levels):
    return [] if levels == 0 else [nest(levels - 1)]

try:
    nest(50_000)
except RecursionError as e:
    print("RecursionError:", e)
print(str(nest(4)))
