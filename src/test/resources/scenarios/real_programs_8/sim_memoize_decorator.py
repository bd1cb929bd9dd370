import functools
import sys

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100, (50, 25, 10, 5, 1)), len(ways.cache))

@memoize
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache) > 300)
print(ways.__name__, ways.__wrapped__.__name__, sys.getrefcount(ways.cache))
def grid_paths(r, c, memo=None):
    if memo is None:
        memo = {}
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo)
    return memo[r, c]
print(grid_paths(10, 10), grid_paths(16, 16))
