# A module-level cache created on first use with setdefault
import sys

def remember(key, value):
    cache = globals().setdefault("_cache", {})
    cache[key] = value
    return len(cache)

print(remember("a", 1))
print(remember("b", 2))
print(_cache)
print(sys.getrefcount(_cache))
