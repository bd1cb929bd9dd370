# Converting a str-keyed dict to a general one doubles the index size.
import sys
r = []
for n in range(0, 12):
    d = {}
    for i in range(n): d['k%d' % i] = i
    d[100] = 1
    r.append((n, sys.getsizeof(d)))
print(r)
r = []
for n in range(0, 12):
    d = {}
    for i in range(n): d['k%d' % i] = i
    r.append((n, sys.getsizeof(d)))
print(r)
