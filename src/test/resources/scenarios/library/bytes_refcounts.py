# refcounts of bytes: constants are held by the code, results are new objects
import sys
key = b"token-123"
print(sys.getrefcount(key))
alias = key
print(sys.getrefcount(key))
del alias
payload = key + b"!"
print(sys.getrefcount(payload))
parts = b"aa,bb,ccc".split(b",")
print([sys.getrefcount(p) for p in parts], sys.getsizeof(parts))
store = [payload, payload, payload]
print(sys.getrefcount(payload))
store.clear()
print(sys.getrefcount(payload))
d = {payload: payload}
print(sys.getrefcount(payload))
buf = bytearray(payload)
print(sys.getrefcount(buf), sys.getrefcount(payload))
def f(x):
    return sys.getrefcount(x)
print(f(payload), f(buf))
