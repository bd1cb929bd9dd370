# Dicts with non-string keys use bigger entries, so their sizes differ from string-keyed dicts.
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(30):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
