# 3.11 dicts with only str keys use 16-byte entries; the first other key converts the table and doubles it.
import sys
print(sys.getsizeof({'a': 1, 1: 2}), sys.getsizeof({1: 2, 'a': 1}))
d = {'a': 1}
d[1] = 2
print(sys.getsizeof(d))
d = {}
for k in 'abcde': d[k] = 1
print(sys.getsizeof(d))
d[5] = 1
print(sys.getsizeof(d))
d = dict(a=1, b=2, c=3, e=4, f=5, g=6)
print(sys.getsizeof(d))
d2 = d.copy()
print(sys.getsizeof(d2))
print(sys.getsizeof(dict(d)), sys.getsizeof(dict([(1, 2)])))
d3 = {}
d3.update(d)
print(sys.getsizeof(d3))
d4 = {'x': 1}
d4.clear()
print(sys.getsizeof(d4))
d5 = {}
d5['x'] = 1
del d5['x']
print(sys.getsizeof(d5))
