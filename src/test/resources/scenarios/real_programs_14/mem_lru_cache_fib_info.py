import gc
from functools import lru_cache


@lru_cache(maxsize=4)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


gc.collect()
for n in [2, 3, 2, 4, 5, 6, 2, 3]:
    print(n, "->", slow_square(n))
print(slow_square.cache_info())
print(fib(60), fib.cache_info())
fib.cache_clear()
print("after clear:", fib.cache_info())
print("collected:", gc.collect())
print("wrapped name:", slow_square.__wrapped__.__name__)
