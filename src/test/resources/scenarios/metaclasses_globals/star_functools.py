# from functools import * for reduce and partial
import sys
from functools import *

print(reduce(lambda acc, x: acc * x, [1, 2, 3, 4, 5]))
double = partial(lambda a, b: a * b, 2)
print(double(21))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())
print(sys.getrefcount(double))
