import sys
from collections import namedtuple

Base = namedtuple('Pair', 'left right')
print(sys.getrefcount(Base))

class Pair(Base):
    __slots__ = ()

print(sys.getrefcount(Base), sys.getrefcount(Pair))
item = [1, 2]
p = Pair(item, 'r')
q = Pair(item, 'r')
print(sys.getrefcount(Pair), sys.getrefcount(item), sys.getrefcount(p))
left = p.left
print(sys.getrefcount(item))
r = p._replace(right='x')
print(sys.getrefcount(item), sys.getrefcount(Pair))
del p, q, r, left
print(sys.getrefcount(item), sys.getrefcount(Pair), sys.getrefcount(Base))
