# array.array stores raw machine values; it over-allocates like a list.
import sys
from array import array

for code in "bhilqfd":
    a = array(code, range(10))
    print(code, a.itemsize, sys.getsizeof(a))
grow = array("i")
last = sys.getsizeof(grow)
print("empty:", last)
for i in range(40):
    grow.append(i)
    s = sys.getsizeof(grow)
    if s != last:
        print("len %2d -> %d" % (len(grow), s))
        last = s
print("as list:", sys.getsizeof(grow.tolist()))
