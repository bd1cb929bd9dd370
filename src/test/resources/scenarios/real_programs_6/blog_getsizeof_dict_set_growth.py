import sys

d = {}
last = sys.getsizeof(d)
print("empty dict", last)
for i in range(25):
    d[f"k{i}"] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print("dict len", len(d), "->", last)
s = set()
last = sys.getsizeof(s)
print("empty set", last)
for i in range(40):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print("set len", len(s), "->", last)
for k in list(d)[:20]:
    del d[k]
print("dict after deletes", len(d), sys.getsizeof(d))
print("dict copy", sys.getsizeof(dict(d)))
