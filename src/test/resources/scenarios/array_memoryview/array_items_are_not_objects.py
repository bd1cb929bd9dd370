import array
import sys

big = 10 ** 6
a = array.array('l', [big, big, big])
lst = [big, big, big]
print(sys.getrefcount(big))
x = a[0]
y = a[0]
print(x == y, x is y)
print(lst[0] is lst[1])
small = a.tolist()
print(sys.getrefcount(x))
b = array.array('i', [5])
print(b[0] is b[0])
