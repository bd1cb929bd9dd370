# Different ways of growing a list leave different amounts of spare room.
import sys

a = []
a.extend(range(10))
b = []
for i in range(10):
    b.insert(0, i)
c = [None] * 10
d = list(range(10))
e = []
e += range(10)
f = [0] * 5
f[5:] = range(5)
g = []
for i in range(10):
    g = g + [i]
for name, lst in zip("abcdefg", [a, b, c, d, e, f, g]):
    print(name, len(lst), sys.getsizeof(lst))
h = list(range(100))
del h[10:]
print("after deleting 90 of 100:", sys.getsizeof(h))
h2 = list(range(100))
h2[:] = []
print("after clearing by slice:", sys.getsizeof(h2))
k = list(range(30))
k *= 2
print("after *= 2:", sys.getsizeof(k))
