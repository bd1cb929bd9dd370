from functools import lru_cache

def min_coins(coins, amount, memo=None):
    if memo is None:
        memo = {}
    if amount == 0:
        return 0
    if amount in memo:
        return memo[amount]
    best = None
    for c in coins:
        if c <= amount:
            sub = min_coins(coins, amount - c, memo)
            if sub is not None and (best is None or sub + 1 < best):
                best = sub + 1
    memo[amount] = best
    return best

print(min_coins((1, 5, 12, 19), 16), min_coins((5, 10), 3), min_coins((2, 3), 7))

@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    x, y = lcs(a[1:], b), lcs(a, b[1:])
    return x if len(x) >= len(y) else y

print(lcs("AGGTAB", "GXTXAYB"))
print(lcs.cache_info().hits > 0, lcs.cache_info().currsize)

def grid_paths(r, c):
    table = [[1] * c for _ in range(r)]
    for i in range(1, r):
        for j in range(1, c):
            table[i][j] = table[i - 1][j] + table[i][j - 1]
    return table[-1][-1]

print([grid_paths(n, n) for n in range(1, 7)])
