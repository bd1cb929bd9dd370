import sys

d = {}
last = sys.getsizeof(d)
print("empty dict:", last)
for i in range(100):
    d[f"key{i}"] = i
    size = sys.getsizeof(d)
    if size != last:
        print(f"after {len(d):3} keys: {last} -> {size}")
        last = size

for i in range(90):
    del d[f"key{i}"]
print("after deleting 90 keys:", len(d), sys.getsizeof(d))
d2 = dict(d)
print("a fresh copy:", len(d2), sys.getsizeof(d2))
d.clear()
print("cleared:", sys.getsizeof(d))
