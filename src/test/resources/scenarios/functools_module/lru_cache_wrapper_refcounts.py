# the wrapper holds the function twice (its own reference and __wrapped__ in its __dict__); 168 bytes, tracked
import functools, sys, gc
def square(n):
    return n * n
before = sys.getrefcount(square)
cached = functools.lru_cache(maxsize=8)(square)
print(sys.getrefcount(square) - before, sys.getsizeof(cached), gc.is_tracked(cached))
print(cached.__wrapped__ is square, cached(7), cached(7), cached.cache_info())
del cached
print(sys.getrefcount(square) - before)
