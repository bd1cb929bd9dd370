# An unbounded memo cache grows forever; functools.lru_cache with maxsize
# keeps it bounded. cache_info tells the story.
from functools import lru_cache

calls = 0
memo = {}


def slow_square(n):
    global calls
    calls += 1
    return n * n


def cached_square(n):
    if n not in memo:
        memo[n] = slow_square(n)
    return memo[n]


for n in list(range(50)) + list(range(10)):
    cached_square(n)
print("dict cache entries:", len(memo), "real calls:", calls)

calls = 0


@lru_cache(maxsize=16)
def lru_square(n):
    return slow_square(n)


for n in list(range(50)) + list(range(40, 50)) + list(range(5)):
    lru_square(n)
info = lru_square.cache_info()
print("lru:", info.hits, info.misses, info.maxsize, info.currsize)
print("real calls:", calls)
lru_square.cache_clear()
print("after clear:", lru_square.cache_info())
