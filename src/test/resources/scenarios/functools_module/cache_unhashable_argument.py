# a list argument cannot be a cache key: TypeError before the function runs
import functools
@functools.lru_cache
def total(xs):
    print("called")
    return sum(xs)
print(total((1, 2)))
try:
    total([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(total.cache_info())
