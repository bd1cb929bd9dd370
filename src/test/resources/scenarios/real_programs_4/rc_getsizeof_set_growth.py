import sys

s = set()
last = sys.getsizeof(s)
print("empty set:", last)
for i in range(40):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(f"{len(s):>3} items: {size}")
        last = size
print("frozenset of 3:", sys.getsizeof(frozenset({1, 2, 3})))
print("set of 3:", sys.getsizeof({1, 2, 3}))
for i in range(35):
    s.discard(i)
print("after removing most:", sys.getsizeof(s), len(s))
