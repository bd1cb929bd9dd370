# a cached method result that refers back to the cache's owner: the cache keeps it alive until cleared and collected
import functools, gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
@functools.lru_cache(maxsize=None)
def wrap(name):
    n = Node(name)
    n.me = n
    return n
wrap("a")
wrap("b")
gc.collect()
print("still cached", wrap.cache_info().currsize)
wrap.cache_clear()
print("collected", gc.collect())
