import gc
import sys
from collections import namedtuple
P = namedtuple("P", "x y z", defaults=[0])
gc.collect()
p = P(1, 2)
print(gc.get_count(), p)
gc.collect()
q = P(1, y=2, z=3)
print(gc.get_count(), q)
gc.collect()
r = P._make([4, 5, 6])
print(gc.get_count(), r)
gc.collect()
s = p._replace(x=9)
print(gc.get_count(), s)
gc.collect()
d = p._asdict()
print(gc.get_count(), d)
try:
    P()
except TypeError as e:
    print(e)
print(gc.get_count())
gc.collect()
pts = [P(i, i) for i in range(10)]
print(gc.get_count(), sys.getrefcount(p), sys.getsizeof(p))
P = namedtuple("P", "x y")
p = P(1, 2)
gc.collect()
a = P._make(iter([1, 2]))
print(gc.get_count(), a)
gc.collect()
b = P._make((3, 4))
print(gc.get_count(), b)
gc.collect()
c = p._make("ab")
print(gc.get_count(), c)
try:
    P._make([1])
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
gc.collect()
e = p._replace()
print(gc.get_count(), e, e is p)
