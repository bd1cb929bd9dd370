# Deleting keys leaves dummy slots; inserting new keys may trigger a resize
# that cleans them up. Sizes show when that happens.
import sys

d = {i: i for i in range(8)}
print("8 keys:", sys.getsizeof(d))
for i in range(8):
    del d[i]
print("all deleted:", sys.getsizeof(d), len(d))
for i in range(100, 106):
    d[i] = i
    print("insert", i, "->", sys.getsizeof(d))
d2 = {}
for i in range(5):
    d2[i] = i
    d2.pop(i)
print("add/pop churn:", sys.getsizeof(d2))
d3 = dict.fromkeys("abcdefghijk")
print("fromkeys of 11:", sys.getsizeof(d3))
d4 = {k: None for k in "abcdefghijk"}
print("comprehension of 11:", sys.getsizeof(d4))
d5 = dict(zip("abcdefghijk", range(11)))
print("dict(zip) of 11:", sys.getsizeof(d5))
