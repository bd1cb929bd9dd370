# Recursion exercises with a memo dict: Fibonacci, grid paths, coin change, Collatz.
calls = {"plain": 0, "memo": 0}

def fib_plain(n):
    calls["plain"] += 1
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)

def fib_memo(n, memo={}):
    calls["memo"] += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result

print(fib_plain(18), fib_memo(18), calls)
print(fib_memo(90), len(fib_memo.__defaults__[0]))

def grid_paths(r, c, memo=None):
    if memo is None:
        memo = {}
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo)
    return memo[(r, c)]

print([grid_paths(n, n) for n in range(8)])

def ways(amount, coins, memo):
    key = (amount, len(coins))
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    if key not in memo:
        memo[key] = ways(amount - coins[0], coins, memo) + ways(amount, coins[1:], memo)
    return memo[key]

memo = {}
print(ways(100, [50, 25, 10, 5, 1], memo), len(memo))

collatz_len = {1: 1}
def collatz(n):
    if n not in collatz_len:
        collatz_len[n] = 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    return collatz_len[n]

best = max(range(1, 300), key=collatz)
print(best, collatz(best), len(collatz_len))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(power_set(["a", "b", "c"]))

def binary_strings(n, prefix=""):
    if len(prefix) == n:
        return [prefix]
    return binary_strings(n, prefix + "0") + binary_strings(n, prefix + "1")

print(binary_strings(3))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
