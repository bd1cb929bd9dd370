from array import array
import sys

a = array('i')
last = sys.getsizeof(a)
print("len", 0, "size", last)
for i in range(200):
    a.append(i)
    size = sys.getsizeof(a)
    if size != last:
        print("len", len(a), "size", size, "capacity", (size - 80) // a.itemsize)
        last = size
