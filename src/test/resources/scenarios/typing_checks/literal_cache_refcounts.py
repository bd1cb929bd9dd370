# Literal[...] is kept by typing's typed cache with its key: the value and its class gain references.
import gc
from typing import Literal
gc.collect()
print(gc.get_count())
x = Literal[1, 2]
gc.collect()
print(gc.get_count(), x)
class Box:
    pass
b = Box()
y = Literal[b]
import sys
print(sys.getrefcount(b), sys.getrefcount(Box))
del y
print(sys.getrefcount(b))
