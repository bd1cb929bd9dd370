# maxsize=0 caches nothing: every call is a miss and the result is not kept
import functools, sys
@functools.lru_cache(maxsize=0)
def make(n):
    return [n] * 3
r = make(1)
print(sys.getrefcount(r), make(1) is r, make.cache_info())
