# A zip object holds iterators that hold the lists, so each list gets one more reference.
import sys
a = [1, 2]
b = [3, 4]
print(sys.getrefcount(a), sys.getrefcount(b))
z = zip(a, b)
print(sys.getrefcount(a), sys.getrefcount(b))
print(next(z))
del z
print(sys.getrefcount(a), sys.getrefcount(b))
