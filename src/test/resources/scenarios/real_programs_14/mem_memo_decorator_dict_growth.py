import gc
import sys


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


gc.collect()
print([ways(i) for i in range(10)])
print("cache entries:", len(ways.cache))
print("cache size:", sys.getsizeof(ways.cache))
print(ways(30))
print("cache entries:", len(ways.cache), "size:", sys.getsizeof(ways.cache))
print("closure holds cache:", ways.__closure__[0].cell_contents is ways.cache)
ways.cache.clear()
print("cleared size:", sys.getsizeof(ways.cache))
print("count:", gc.get_count())
