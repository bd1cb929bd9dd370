# cache_parameters() of lru_cache and cache wrappers: a new dict per call, maxsize then typed.
import functools
import gc


@functools.lru_cache(maxsize=None)
def f(n):
    return n


@functools.lru_cache(typed=True)
def g(n):
    return n


@functools.lru_cache
def bare(n):
    return n


@functools.cache
def h(n):
    return n


print(f.cache_parameters(), g.cache_parameters(), bare.cache_parameters(), h.cache_parameters())
p = f.cache_parameters()
p["maxsize"] = 3
print(p, f.cache_parameters(), p is f.cache_parameters(), hasattr(f, "cache_parameters"))
print(functools.lru_cache(maxsize=-4)(abs).cache_parameters(), functools.lru_cache(7, True)(abs).cache_parameters())
for fn in (f, bare):
    try:
        fn.cache_parameters(1)
    except TypeError as e:
        print(e)
try:
    h.cache_parameters(x=1)
except TypeError as e:
    print(e)
gc.collect()
params = g.cache_parameters()
print(gc.get_count(), gc.is_tracked(params))
