# {**d1, 'k': 1, **d2}: the pairs between unpackings become a dict of their own, merged in.
import sys

d1 = {'a': 1, 'b': 2}
d2 = {'c': 3}
d = {**d1, 'k': 1, **d2}
print(d, sys.getsizeof(d))
print(sys.getsizeof({**d1}), sys.getsizeof({'z': 0, **d1}), sys.getsizeof({**d1, **d2, 'q': 5}))
big = {str(i): i for i in range(10)}
print(sys.getsizeof(big), sys.getsizeof({**big}), sys.getsizeof({'a': 1, **big}), sys.getsizeof({**d1, **big}))
print({**{1: 'a'}, 1: 'b'}, {1: 'b', **{1: 'a'}}, {**{}}, {**d1, **d1})
value = [0]
m = {**{'v': value}, 'w': value}
print(sys.getrefcount(value), m['v'] is m['w'])
defaults = {'color': 'red', 'size': 1}
options = {**defaults, 'size': 3}
print(options, defaults)
