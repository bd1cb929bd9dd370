# functools.cache keys a call by its argument tuple (a lone int or str is its own key): the cache holds the tuple's items
import functools, sys
@functools.cache
def area(shape):
    return shape[0] * shape[1]
dims = (3, [4])
dims = (3, 4 + len([]))
key = ("w", "h")
@functools.cache
def label(a, b):
    return a + "x" + b
print(area(dims), sys.getrefcount(dims))
print(label(*key), area.cache_info(), label.cache_info())
