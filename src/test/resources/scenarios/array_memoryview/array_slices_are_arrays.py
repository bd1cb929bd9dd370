import array
import sys

a = array.array('i', range(10))
part = a[2:6]
print(part, type(part).__name__)
print(a[::3], a[::-1][:3])
part[0] = 100
print(a[2], part[0])
a[1:3] = array.array('i', [7, 7, 7, 7])
print(a, sys.getsizeof(a))
del a[0:5]
print(a, sys.getsizeof(a))
