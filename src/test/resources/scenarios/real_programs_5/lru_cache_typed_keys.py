import functools
import sys

@functools.lru_cache(maxsize=128, typed=True)
def describe(x, scale=1):
    return f"{type(x).__name__}:{x * scale}"

print(describe(1), describe(1.0), describe(True), describe(1, scale=2), describe(1.0, scale=2.0))
print(describe(1), describe.cache_info())

@functools.lru_cache(None, True)
def ident(x):
    return x

print(ident(3), ident(3.0), ident(3), ident.cache_info())

class Token:
    pass

t = Token()
print(sys.getrefcount(Token))
ident(t)
print("the typed key holds the argument and its class:", sys.getrefcount(t), sys.getrefcount(Token))
ident.cache_clear()
print(sys.getrefcount(t), sys.getrefcount(Token))

@functools.lru_cache(typed=False)
def plain(x):
    return repr(x)

print(plain(2), plain(2.0), plain(True), plain.cache_info())
