from array import *
import sys

print(typecodes)
small = array('b', [1, 2, 3])
wide = array('q', [1, 2, 3])
floats = array('f', [1, 2, 3])
for a in [small, wide, floats]:
    print(a.typecode, a.itemsize, sys.getsizeof(a), a.tobytes()[:4])
