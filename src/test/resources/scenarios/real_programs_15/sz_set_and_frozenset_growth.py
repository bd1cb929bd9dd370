# A set's table grows in big steps; a frozenset built from the same items
# may be sized differently.
import sys

s = set()
last = sys.getsizeof(s)
print("empty set:", last)
for i in range(1, 100):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(f"{i:3} items -> {size}")
        last = size
for n in (0, 1, 5, 10, 50):
    items = range(n)
    print(n, "set:", sys.getsizeof(set(items)), "frozenset:", sys.getsizeof(frozenset(items)))
s.clear()
print("cleared set:", sys.getsizeof(s))
print("set display of 3:", sys.getsizeof({1, 2, 3}))
