# del with several targets removes each binding in order.
import sys
obj = [0]
a = obj
b = obj
c = obj
print("four names", sys.getrefcount(obj))
del a, b, c
print("one name", sys.getrefcount(obj))
