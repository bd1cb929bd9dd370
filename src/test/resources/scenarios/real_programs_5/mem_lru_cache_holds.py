import functools
import sys

class Image:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  image {self.name} freed")

@functools.lru_cache(maxsize=2)
def load(name):
    print(f"  loading {name}")
    return Image(name)

a = load("cat.png")
print("refcount with the cache holding it:", sys.getrefcount(a))
load("cat.png")
load("dog.png")
del a
print("dropped our name; the cache still holds cat")
load("bird.png")
print("bird pushed cat out")
print(load.cache_info())
load.cache_clear()
print("cache cleared")

@functools.cache
def square_list(n):
    return [i * i for i in range(n)]

r = square_list(4)
print(r is square_list(4), sys.getrefcount(r))
r.append(99)
print(square_list(4))
print("mutating a cached result changes the cache!")
