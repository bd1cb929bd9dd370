# sets grow in big jumps: their table is kept at most 60% full.
import sys

s = set()
last = sys.getsizeof(s)
print("empty set:", last)
for i in range(200):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print("after %3d adds: %d" % (len(s), size))
        last = size
f = frozenset(range(10))
print("frozenset of 10:", sys.getsizeof(f))
print("set of 10:", sys.getsizeof(set(range(10))))
print("set(range(10)) built by comprehension:", sys.getsizeof({i for i in range(10)}))
