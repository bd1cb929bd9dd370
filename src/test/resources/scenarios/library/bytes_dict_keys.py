# bytes are hashable keys (equal content, same key); bytearray is not
import sys
cache = {b"k1": 1, bytes([107, 50]): 2}
print(cache[b"k2"], b"k1" in cache, "k1" in cache, len({b"a", b"a", bytes(b"a"), bytearray(b"a") == b"a"}))
key = b"session-" + b"42"
cache[key] = "value"
print(sys.getrefcount(key))
print(cache[bytes(bytearray(b"session-42"))], hash(b"abc") == hash(b"ab" + b"c"))
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(e)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
del cache[key]
print(sys.getrefcount(key), sorted(cache))
