import functools


class Image:
    def __init__(self, name):
        self.name = name
        print("load", name)

    def __del__(self):
        print("unload", self.name)


@functools.lru_cache(maxsize=2)
def open_image(name):
    return Image(name)


open_image("a")
open_image("b")
open_image("a")
print(open_image.cache_info())
open_image("c")
print("c in, b evicted above")
x = open_image("a")
open_image("d")
print("a evicted from cache, still held by x:", x.name)
del x
print(open_image.cache_info())
open_image.cache_clear()
print("cleared")


@functools.cache
def tri(n):
    return n if n < 2 else n + tri(n - 1)


print(tri(50), tri.cache_info().currsize)
