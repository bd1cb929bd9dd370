# the classic memoized fibonacci: each value computed once, the rest are hits
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))
print(fib.cache_info())
print(fib(10), fib.cache_info().hits)
