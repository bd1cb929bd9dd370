# Each field holds one reference; the instance frees them when it dies.
import sys
from collections import namedtuple
Box = namedtuple("Box", "content label")
item = [1, 2, 3]
b = Box(item, "x")
print(sys.getrefcount(item))
c = Box(item, item)
print(sys.getrefcount(item))
del b
print(sys.getrefcount(item))
del c
print(sys.getrefcount(item))
