# Dynamic programming interview set: climbing stairs, coin change (min coins), LIS, edit distance.
from functools import lru_cache


def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    choice = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                choice[a] = c
    if best[amount] == INF:
        return -1, []
    used, a = [], amount
    while a:
        used.append(choice[a])
        a -= choice[a]
    return best[amount], sorted(used, reverse=True)


def lis(xs):
    n = len(xs)
    length, prev = [1] * n, [-1] * n
    for i in range(n):
        for j in range(i):
            if xs[j] < xs[i] and length[j] + 1 > length[i]:
                length[i], prev[i] = length[j] + 1, j
    i = max(range(n), key=length.__getitem__)
    seq = []
    while i != -1:
        seq.append(xs[i])
        i = prev[i]
    return seq[::-1]


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    return d(len(a), len(b))


def stairs(n, steps=(1, 2)):
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if s <= i)
    return ways[n]


print([stairs(n) for n in range(1, 11)], stairs(10, (1, 2, 3)))
for coins, amt in [([1, 5, 10, 25], 63), ([2], 3), ([1, 3, 4], 6), ([9, 6, 5, 1], 11)]:
    print(coins, amt, min_coins(coins, amt))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9]))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")
grid = [[1, 3, 1], [1, 5, 1], [4, 2, 1]]
R, C = len(grid), len(grid[0])
cost = [[0] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        up = cost[r - 1][c] if r else float("inf")
        left = cost[r][c - 1] if c else float("inf")
        cost[r][c] = grid[r][c] + (0 if r == c == 0 else min(up, left))
print(cost, cost[-1][-1])
