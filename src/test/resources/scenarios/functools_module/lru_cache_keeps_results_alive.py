# the cache holds every result it returned: a cached list outlives the caller's name, until cache_clear()
import functools, sys
class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)
@functools.lru_cache(maxsize=None)
def load(n):
    print("load", n)
    return Big(n)
a = load(1)
b = load(1)
print(a is b, sys.getrefcount(a))
del a, b
print("names gone")
print(load.cache_info())
load.cache_clear()
print(load.cache_info())
