from functools import lru_cache, cache
import time

calls = 0

@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), "calls:", calls)
print(fib.cache_info())
print(fib(35), "calls:", calls)
fib.cache_clear()
print(fib.cache_info())

@cache
def grid_paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)

for size in (2, 5, 10, 16):
    print(f"{size} by {size}: {grid_paths(size, size):,}")
print(grid_paths.cache_info().currsize)

@lru_cache(maxsize=3)
def lookup(word):
    print(f"  looking up {word}")
    return word.upper()

for w in ["a", "b", "a", "c", "d", "a", "b"]:
    lookup(w)
print(lookup.cache_info())

@lru_cache(maxsize=128, typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"

print(describe(1), describe(1.0), describe(True))
print(describe.cache_info().misses)

def coin_ways(amount, coins):
    @lru_cache(maxsize=None)
    def ways(i, left):
        if left == 0:
            return 1
        if left < 0 or i == len(coins):
            return 0
        return ways(i, left - coins[i]) + ways(i + 1, left)
    return ways(0, amount)

print(coin_ways(100, (1, 5, 10, 25, 50)))
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)
print(fib.__name__, fib.__wrapped__.__name__)
