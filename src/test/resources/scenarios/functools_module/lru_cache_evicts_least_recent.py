# with maxsize=2 the least recently used result is evicted (and freed) when a third one arrives
import functools
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("evicted", self.n)
@functools.lru_cache(maxsize=2)
def get(n):
    print("compute", n)
    return Res(n)
get(1)
get(2)
get(1)
get(3)
print(get.cache_info())
get(2)
print(get.cache_info())
print("end")
