import sys

d = {}
last = sys.getsizeof(d)
print("empty dict:", last)
for i in range(30):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(f"{len(d):>3} keys: {s} bytes")
        last = s
keys = {}
for word in ["alpha", "beta", "gamma"]:
    keys[word] = len(word)
print("3 str keys:", sys.getsizeof(keys))
for k in list(d):
    del d[k]
print("emptied:", sys.getsizeof(d), len(d))
d.clear()
print("cleared:", sys.getsizeof(d))
print("dict.fromkeys(range(10)):", sys.getsizeof(dict.fromkeys(range(10))))
