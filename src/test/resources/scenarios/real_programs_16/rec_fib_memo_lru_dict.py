# Fibonacci four ways: naive with a call count, dict memo, lru_cache with cache_info, iterative.
import functools
import sys

naive_calls = 0


def fib_naive(n):
    global naive_calls
    naive_calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


@functools.lru_cache(maxsize=None)
def fib_lru(n):
    return n if n < 2 else fib_lru(n - 1) + fib_lru(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib_naive(20), naive_calls)
print(fib_memo(90), len(memo))
print(fib_lru(90), fib_lru.cache_info())
print(fib_lru(50), fib_lru.cache_info().hits)
print(fib_iter(90) == fib_memo(90) == fib_lru(90))
fib_lru.cache_clear()
print(fib_lru.cache_info())
print([fib_iter(i) for i in range(15)])
big = fib_iter(300)
print(len(str(big)), str(big)[:10], sys.getsizeof(big), sys.getsizeof(fib_iter(10)))
print(fib_lru.__name__, fib_lru.__wrapped__.__name__, hasattr(fib_lru, "cache_parameters"))
print(fib_lru.cache_parameters())


@functools.cache
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)


print([stairs(i) for i in range(10)], stairs.cache_info().currsize)
