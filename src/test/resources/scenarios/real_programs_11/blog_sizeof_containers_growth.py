import sys

print("list growth when appending:")
items = []
last = sys.getsizeof(items)
print(f"  len= 0 size={last}")
for i in range(20):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"  len={len(items):2} size={size}")
        last = size

print("dict growth when inserting:")
d = {}
last = sys.getsizeof(d)
print(f"  len= 0 size={last}")
for i in range(30):
    d[f"k{i}"] = i
    size = sys.getsizeof(d)
    if size != last:
        print(f"  len={len(d):2} size={size}")
        last = size

print("set growth:")
s = set()
last = sys.getsizeof(s)
for i in range(40):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print(f"  len={len(s):2} size={last}")
print("tuple vs list of 3:", sys.getsizeof((1, 2, 3)), sys.getsizeof([1, 2, 3]))
